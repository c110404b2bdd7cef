"""Enumerated Values and Defined Terms of Short Term Fluctuation Calculated.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ShortTermFluctuationCalculated",
    "ShortTermFluctuationCalculatedValue",
]


class ShortTermFluctuationCalculated(StrEnum):
    """Enumerated Values of Short Term Fluctuation Calculated (0024,0074) in Visual Field Static Perimetry Test Results Module Attributes (C.8.26.5-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    ShortTermFluctuationCalculatedValue: TypeAlias = (
        ShortTermFluctuationCalculated | Literal["YES", "NO"]
    )
else:
    ShortTermFluctuationCalculatedValue = ShortTermFluctuationCalculated
"""A value of ShortTermFluctuationCalculated: the enum or the string of one of its members."""
