"""Enumerated Values and Defined Terms of Sorting Direction.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "SortingDirection",
    "SortingDirectionValue",
]


class SortingDirection(StrEnum):
    """Enumerated Values of Sorting Direction (0072,0604) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    INCREASING = "INCREASING"
    DECREASING = "DECREASING"


if TYPE_CHECKING:
    SortingDirectionValue: TypeAlias = SortingDirection | Literal["INCREASING", "DECREASING"]
else:
    SortingDirectionValue = SortingDirection
"""A value of SortingDirection: the enum or the string of one of its members."""
