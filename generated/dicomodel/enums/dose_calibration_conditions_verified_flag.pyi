"""Enumerated Values and Defined Terms of Dose Calibration Conditions Verified Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    DoseCalibrationConditionsVerifiedFlag as DoseCalibrationConditionsVerifiedFlag,
)
from dicomodel.enums import (
    DoseCalibrationConditionsVerifiedFlagValue as DoseCalibrationConditionsVerifiedFlagValue,
)

__all__ = ["DoseCalibrationConditionsVerifiedFlag", "DoseCalibrationConditionsVerifiedFlagValue"]
