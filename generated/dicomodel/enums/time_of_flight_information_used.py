"""Enumerated Values and Defined Terms of Time of Flight Information Used.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "TimeOfFlightInformationUsed",
    "TimeOfFlightInformationUsedValue",
]


class TimeOfFlightInformationUsed(StrEnum):
    """Enumerated Values of Time of Flight Information Used (0018,9755) in Enhanced PET Acquisition Module Attributes (C.8.22-2)."""

    TRUE = "TRUE"
    FALSE = "FALSE"


if TYPE_CHECKING:
    TimeOfFlightInformationUsedValue: TypeAlias = (
        TimeOfFlightInformationUsed | Literal["TRUE", "FALSE"]
    )
else:
    TimeOfFlightInformationUsedValue = TimeOfFlightInformationUsed
"""A value of TimeOfFlightInformationUsed: the enum or the string of one of its members."""
