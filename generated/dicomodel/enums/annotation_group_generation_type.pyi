"""Enumerated Values and Defined Terms of Annotation Group Generation Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AnnotationGroupGenerationType as AnnotationGroupGenerationType
from dicomodel.enums import AnnotationGroupGenerationTypeValue as AnnotationGroupGenerationTypeValue

__all__ = ["AnnotationGroupGenerationType", "AnnotationGroupGenerationTypeValue"]
