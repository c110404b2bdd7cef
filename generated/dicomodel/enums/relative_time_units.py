"""Enumerated Values and Defined Terms of Relative Time Units.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "RelativeTimeUnits",
    "RelativeTimeUnitsValue",
]


class RelativeTimeUnits(StrEnum):
    """Enumerated Values of Relative Time Units (0072,003A) in Hanging Protocol Definition Module Attributes (C.23.1-1)."""

    SECONDS = "SECONDS"
    MINUTES = "MINUTES"
    HOURS = "HOURS"
    DAYS = "DAYS"
    WEEKS = "WEEKS"
    MONTHS = "MONTHS"
    YEARS = "YEARS"


if TYPE_CHECKING:
    RelativeTimeUnitsValue: TypeAlias = (
        RelativeTimeUnits
        | Literal["SECONDS", "MINUTES", "HOURS", "DAYS", "WEEKS", "MONTHS", "YEARS"]
    )
else:
    RelativeTimeUnitsValue = RelativeTimeUnits
"""A value of RelativeTimeUnits: the enum or the string of one of its members."""
