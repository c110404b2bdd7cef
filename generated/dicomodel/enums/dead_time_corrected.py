"""Enumerated Values and Defined Terms of Dead Time Corrected.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "DeadTimeCorrected",
    "DeadTimeCorrectedValue",
]


class DeadTimeCorrected(StrEnum):
    """Enumerated Values of Dead Time Corrected (0018,9761) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    DeadTimeCorrectedValue: TypeAlias = DeadTimeCorrected | Literal["YES", "NO"]
else:
    DeadTimeCorrectedValue = DeadTimeCorrected
"""A value of DeadTimeCorrected: the enum or the string of one of its members."""
