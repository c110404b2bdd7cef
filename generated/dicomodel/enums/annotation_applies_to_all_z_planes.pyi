"""Enumerated Values and Defined Terms of Annotation Applies to All Z Planes.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AnnotationAppliesToAllZPlanes as AnnotationAppliesToAllZPlanes
from dicomodel.enums import AnnotationAppliesToAllZPlanesValue as AnnotationAppliesToAllZPlanesValue

__all__ = ["AnnotationAppliesToAllZPlanes", "AnnotationAppliesToAllZPlanesValue"]
