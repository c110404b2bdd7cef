"""Enumerated Values and Defined Terms of Annotation Applies to All Optical Paths.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AnnotationAppliesToAllOpticalPaths as AnnotationAppliesToAllOpticalPaths
from dicomodel.enums import (
    AnnotationAppliesToAllOpticalPathsValue as AnnotationAppliesToAllOpticalPathsValue,
)

__all__ = ["AnnotationAppliesToAllOpticalPaths", "AnnotationAppliesToAllOpticalPathsValue"]
