"""Enumerated Values and Defined Terms of Type of Detector Motion.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TypeOfDetectorMotion as TypeOfDetectorMotion
from dicomodel.enums import TypeOfDetectorMotionTerm as TypeOfDetectorMotionTerm
from dicomodel.enums import (
    TypeOfDetectorMotionTermEnhancedMammographyImage as TypeOfDetectorMotionTermEnhancedMammographyImage,
)
from dicomodel.enums import (
    TypeOfDetectorMotionTermEnhancedPETAcquisition as TypeOfDetectorMotionTermEnhancedPETAcquisition,
)
from dicomodel.enums import TypeOfDetectorMotionValue as TypeOfDetectorMotionValue

__all__ = [
    "TypeOfDetectorMotion",
    "TypeOfDetectorMotionTerm",
    "TypeOfDetectorMotionTermEnhancedMammographyImage",
    "TypeOfDetectorMotionTermEnhancedPETAcquisition",
    "TypeOfDetectorMotionValue",
]
