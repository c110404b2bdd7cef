"""Enumerated Values and Defined Terms of Print Priority.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "PrintPriority",
    "PrintPriorityValue",
]


class PrintPriority(StrEnum):
    """Enumerated Values of Print Priority (2000,0020) in Basic Film Session Presentation Module Attributes (C.13-1)."""

    HIGH = "HIGH"
    MED = "MED"
    LOW = "LOW"


if TYPE_CHECKING:
    PrintPriorityValue: TypeAlias = PrintPriority | Literal["HIGH", "MED", "LOW"]
else:
    PrintPriorityValue = PrintPriority
"""A value of PrintPriority: the enum or the string of one of its members."""
