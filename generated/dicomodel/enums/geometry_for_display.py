"""Enumerated Values and Defined Terms of Geometry for Display.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "GeometryForDisplay",
    "GeometryForDisplayValue",
]


class GeometryForDisplay(StrEnum):
    """Enumerated Values of Geometry for Display (0070,1B08) in Advanced Blending Presentation State Module Attributes (C.11.33-1)."""

    TRUE = "TRUE"
    FALSE = "FALSE"


if TYPE_CHECKING:
    GeometryForDisplayValue: TypeAlias = GeometryForDisplay | Literal["TRUE", "FALSE"]
else:
    GeometryForDisplayValue = GeometryForDisplay
"""A value of GeometryForDisplay: the enum or the string of one of its members."""
