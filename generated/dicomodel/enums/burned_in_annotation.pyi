"""Enumerated Values and Defined Terms of Burned In Annotation.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BurnedInAnnotation as BurnedInAnnotation
from dicomodel.enums import BurnedInAnnotationEnhancedMRImage as BurnedInAnnotationEnhancedMRImage
from dicomodel.enums import (
    BurnedInAnnotationEnhancedMRImageValue as BurnedInAnnotationEnhancedMRImageValue,
)
from dicomodel.enums import BurnedInAnnotationValue as BurnedInAnnotationValue

__all__ = [
    "BurnedInAnnotation",
    "BurnedInAnnotationEnhancedMRImage",
    "BurnedInAnnotationEnhancedMRImageValue",
    "BurnedInAnnotationValue",
]
