"""Enumerated Values and Defined Terms of Generalized Defect Corrected Sensitivity Deviation Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    GeneralizedDefectCorrectedSensitivityDeviationFlag as GeneralizedDefectCorrectedSensitivityDeviationFlag,
)
from dicomodel.enums import (
    GeneralizedDefectCorrectedSensitivityDeviationFlagValue as GeneralizedDefectCorrectedSensitivityDeviationFlagValue,
)

__all__ = [
    "GeneralizedDefectCorrectedSensitivityDeviationFlag",
    "GeneralizedDefectCorrectedSensitivityDeviationFlagValue",
]
