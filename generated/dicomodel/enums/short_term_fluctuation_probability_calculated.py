"""Enumerated Values and Defined Terms of Short Term Fluctuation Probability Calculated.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ShortTermFluctuationProbabilityCalculated",
    "ShortTermFluctuationProbabilityCalculatedValue",
]


class ShortTermFluctuationProbabilityCalculated(StrEnum):
    """Enumerated Values of Short Term Fluctuation Probability Calculated (0024,0076) in Visual Field Static Perimetry Test Results Module Attributes (C.8.26.5-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    ShortTermFluctuationProbabilityCalculatedValue: TypeAlias = (
        ShortTermFluctuationProbabilityCalculated | Literal["YES", "NO"]
    )
else:
    ShortTermFluctuationProbabilityCalculatedValue = ShortTermFluctuationProbabilityCalculated
"""A value of ShortTermFluctuationProbabilityCalculated: the enum or the string of one of its members."""
