"""Enumerated Values and Defined Terms of Time of Flight Contrast.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "TimeOfFlightContrast",
    "TimeOfFlightContrastValue",
]


class TimeOfFlightContrast(StrEnum):
    """Enumerated Values of Time of Flight Contrast (0018,9015) in MR Pulse Sequence Module Attributes (C.8-87)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    TimeOfFlightContrastValue: TypeAlias = TimeOfFlightContrast | Literal["YES", "NO"]
else:
    TimeOfFlightContrastValue = TimeOfFlightContrast
"""A value of TimeOfFlightContrast: the enum or the string of one of its members."""
