"""Enumerated Values and Defined Terms of Pixel Spacing Calibration Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PixelSpacingCalibrationType as PixelSpacingCalibrationType
from dicomodel.enums import PixelSpacingCalibrationTypeValue as PixelSpacingCalibrationTypeValue

__all__ = ["PixelSpacingCalibrationType", "PixelSpacingCalibrationTypeValue"]
