"""Enumerated Values and Defined Terms of Excessive False Positives Data Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ExcessiveFalsePositivesDataFlag",
    "ExcessiveFalsePositivesDataFlagValue",
]


class ExcessiveFalsePositivesDataFlag(StrEnum):
    """Enumerated Values of Excessive False Positives Data Flag (0024,0061) in Visual Field Static Perimetry Test Reliability Module Attributes (C.8.26.3-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    ExcessiveFalsePositivesDataFlagValue: TypeAlias = (
        ExcessiveFalsePositivesDataFlag | Literal["YES", "NO"]
    )
else:
    ExcessiveFalsePositivesDataFlagValue = ExcessiveFalsePositivesDataFlag
"""A value of ExcessiveFalsePositivesDataFlag: the enum or the string of one of its members."""
