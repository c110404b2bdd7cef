"""Enumerated Values and Defined Terms of Time Series Blending.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "TimeSeriesBlending",
    "TimeSeriesBlendingValue",
]


class TimeSeriesBlending(StrEnum):
    """Enumerated Values of Time Series Blending (0070,1B07) in Advanced Blending Presentation State Module Attributes (C.11.33-1)."""

    TRUE = "TRUE"
    FALSE = "FALSE"


if TYPE_CHECKING:
    TimeSeriesBlendingValue: TypeAlias = TimeSeriesBlending | Literal["TRUE", "FALSE"]
else:
    TimeSeriesBlendingValue = TimeSeriesBlending
"""A value of TimeSeriesBlending: the enum or the string of one of its members."""
