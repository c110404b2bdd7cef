"""Enumerated Values and Defined Terms of Printer Status.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "PrinterStatus",
    "PrinterStatusValue",
]


class PrinterStatus(StrEnum):
    """Enumerated Values of Printer Status (2110,0010) in Printer Module Attributes (C.13-9)."""

    NORMAL = "NORMAL"
    WARNING = "WARNING"
    FAILURE = "FAILURE"


if TYPE_CHECKING:
    PrinterStatusValue: TypeAlias = PrinterStatus | Literal["NORMAL", "WARNING", "FAILURE"]
else:
    PrinterStatusValue = PrinterStatus
"""A value of PrinterStatus: the enum or the string of one of its members."""
