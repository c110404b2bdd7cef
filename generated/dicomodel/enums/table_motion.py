"""Enumerated Values and Defined Terms of Table Motion.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "TableMotion",
    "TableMotionTerm",
    "TableMotionValue",
]


class TableMotionTerm(StrEnum):
    """Defined Terms of Table Motion (0018,1134) in X-Ray Table Module Attributes (C.8-29)."""

    STATIC = "STATIC"
    DYNAMIC = "DYNAMIC"


class TableMotion(StrEnum):
    """Enumerated Values of Table Motion (0018,1134) in Enhanced PET Acquisition Module Attributes (C.8.22-2)."""

    STATIC = "STATIC"
    """Table is stationary during data acquisition."""
    DYNAMIC = "DYNAMIC"
    """Table is moving during data acquisition."""


if TYPE_CHECKING:
    TableMotionValue: TypeAlias = TableMotion | Literal["STATIC", "DYNAMIC"]
else:
    TableMotionValue = TableMotion
"""A value of TableMotion: the enum or the string of one of its members."""
