"""Enumerated Values and Defined Terms of Intensifier Active Shape.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "IntensifierActiveShape",
    "IntensifierActiveShapeValue",
]


class IntensifierActiveShape(StrEnum):
    """Enumerated Values of Intensifier Active Shape (0018,9427) in X-Ray Image Intensifier Module Attributes (C.8.19.4-1)."""

    RECTANGLE = "RECTANGLE"
    ROUND = "ROUND"
    HEXAGONAL = "HEXAGONAL"


if TYPE_CHECKING:
    IntensifierActiveShapeValue: TypeAlias = (
        IntensifierActiveShape | Literal["RECTANGLE", "ROUND", "HEXAGONAL"]
    )
else:
    IntensifierActiveShapeValue = IntensifierActiveShape
"""A value of IntensifierActiveShape: the enum or the string of one of its members."""
