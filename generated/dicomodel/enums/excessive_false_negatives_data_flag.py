"""Enumerated Values and Defined Terms of Excessive False Negatives Data Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ExcessiveFalseNegativesDataFlag",
    "ExcessiveFalseNegativesDataFlagValue",
]


class ExcessiveFalseNegativesDataFlag(StrEnum):
    """Enumerated Values of Excessive False Negatives Data Flag (0024,0051) in Visual Field Static Perimetry Test Reliability Module Attributes (C.8.26.3-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    ExcessiveFalseNegativesDataFlagValue: TypeAlias = (
        ExcessiveFalseNegativesDataFlag | Literal["YES", "NO"]
    )
else:
    ExcessiveFalseNegativesDataFlagValue = ExcessiveFalseNegativesDataFlag
"""A value of ExcessiveFalseNegativesDataFlag: the enum or the string of one of its members."""
