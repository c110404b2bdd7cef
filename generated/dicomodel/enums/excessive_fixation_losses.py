"""Enumerated Values and Defined Terms of Excessive Fixation Losses.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ExcessiveFixationLosses",
    "ExcessiveFixationLossesValue",
]


class ExcessiveFixationLosses(StrEnum):
    """Enumerated Values of Excessive Fixation Losses (0024,0040) in Visual Field Static Perimetry Test Reliability Module Attributes (C.8.26.3-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    ExcessiveFixationLossesValue: TypeAlias = ExcessiveFixationLosses | Literal["YES", "NO"]
else:
    ExcessiveFixationLossesValue = ExcessiveFixationLosses
"""A value of ExcessiveFixationLosses: the enum or the string of one of its members."""
