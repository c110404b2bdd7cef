"""Enumerated Values and Defined Terms of Excessive Fixation Losses Data Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ExcessiveFixationLossesDataFlag",
    "ExcessiveFixationLossesDataFlagValue",
]


class ExcessiveFixationLossesDataFlag(StrEnum):
    """Enumerated Values of Excessive Fixation Losses Data Flag (0024,0039) in Visual Field Static Perimetry Test Reliability Module Attributes (C.8.26.3-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    ExcessiveFixationLossesDataFlagValue: TypeAlias = (
        ExcessiveFixationLossesDataFlag | Literal["YES", "NO"]
    )
else:
    ExcessiveFixationLossesDataFlagValue = ExcessiveFixationLossesDataFlag
"""A value of ExcessiveFixationLossesDataFlag: the enum or the string of one of its members."""
