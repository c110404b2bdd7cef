"""Enumerated Values and Defined Terms of Allow Media Splitting.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "AllowMediaSplitting",
    "AllowMediaSplittingValue",
]


class AllowMediaSplitting(StrEnum):
    """Enumerated Values of Allow Media Splitting (2200,0007) in Media Creation Management Module Attributes (C.22.1-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    AllowMediaSplittingValue: TypeAlias = AllowMediaSplitting | Literal["YES", "NO"]
else:
    AllowMediaSplittingValue = AllowMediaSplitting
"""A value of AllowMediaSplitting: the enum or the string of one of its members."""
