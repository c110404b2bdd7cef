"""Enumerated Values and Defined Terms of Foveal Sensitivity Measured.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FovealSensitivityMeasured as FovealSensitivityMeasured
from dicomodel.enums import FovealSensitivityMeasuredValue as FovealSensitivityMeasuredValue

__all__ = ["FovealSensitivityMeasured", "FovealSensitivityMeasuredValue"]
