"""Enumerated Values and Defined Terms of Exposure Control Mode.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ExposureControlModeTerm as ExposureControlModeTerm
from dicomodel.enums import (
    ExposureControlModeTermEnhancedMammographyImage as ExposureControlModeTermEnhancedMammographyImage,
)

__all__ = ["ExposureControlModeTerm", "ExposureControlModeTermEnhancedMammographyImage"]
