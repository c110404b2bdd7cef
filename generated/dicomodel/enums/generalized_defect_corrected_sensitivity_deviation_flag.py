"""Enumerated Values and Defined Terms of Generalized Defect Corrected Sensitivity Deviation Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "GeneralizedDefectCorrectedSensitivityDeviationFlag",
    "GeneralizedDefectCorrectedSensitivityDeviationFlagValue",
]


class GeneralizedDefectCorrectedSensitivityDeviationFlag(StrEnum):
    """Enumerated Values of Generalized Defect Corrected Sensitivity Deviation Flag (0024,0102) in Visual Field Static Perimetry Test Measurements Module Attributes (C.8.26.4-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    GeneralizedDefectCorrectedSensitivityDeviationFlagValue: TypeAlias = (
        GeneralizedDefectCorrectedSensitivityDeviationFlag | Literal["YES", "NO"]
    )
else:
    GeneralizedDefectCorrectedSensitivityDeviationFlagValue = (
        GeneralizedDefectCorrectedSensitivityDeviationFlag
    )
"""A value of GeneralizedDefectCorrectedSensitivityDeviationFlag: the enum or the string of one of its members."""
