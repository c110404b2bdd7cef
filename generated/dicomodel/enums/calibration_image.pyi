"""Enumerated Values and Defined Terms of Calibration Image.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CalibrationImage as CalibrationImage
from dicomodel.enums import CalibrationImageValue as CalibrationImageValue

__all__ = ["CalibrationImage", "CalibrationImageValue"]
