"""Enumerated Values and Defined Terms of Sensitivity Calibrated.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SensitivityCalibrated as SensitivityCalibrated
from dicomodel.enums import SensitivityCalibratedValue as SensitivityCalibratedValue

__all__ = ["SensitivityCalibrated", "SensitivityCalibratedValue"]
