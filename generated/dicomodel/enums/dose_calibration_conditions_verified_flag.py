"""Enumerated Values and Defined Terms of Dose Calibration Conditions Verified Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "DoseCalibrationConditionsVerifiedFlag",
    "DoseCalibrationConditionsVerifiedFlagValue",
]


class DoseCalibrationConditionsVerifiedFlag(StrEnum):
    """Enumerated Values of Dose Calibration Conditions Verified Flag (300C,0123) in RT Fraction Scheme Module Attributes (C.8-49)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    DoseCalibrationConditionsVerifiedFlagValue: TypeAlias = (
        DoseCalibrationConditionsVerifiedFlag | Literal["YES", "NO"]
    )
else:
    DoseCalibrationConditionsVerifiedFlagValue = DoseCalibrationConditionsVerifiedFlag
"""A value of DoseCalibrationConditionsVerifiedFlag: the enum or the string of one of its members."""
