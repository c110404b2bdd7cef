"""Enumerated Values and Defined Terms of Bounding Box Text Horizontal Justification.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "BoundingBoxTextHorizontalJustification",
    "BoundingBoxTextHorizontalJustificationValue",
]


class BoundingBoxTextHorizontalJustification(StrEnum):
    """Enumerated Values of Bounding Box Text Horizontal Justification (0070,0012) in Graphic Annotation Module Attributes (C.10-5)."""

    LEFT = "LEFT"
    """closest to left edge"""
    RIGHT = "RIGHT"
    """closest to right edge"""
    CENTER = "CENTER"
    """centered"""


if TYPE_CHECKING:
    BoundingBoxTextHorizontalJustificationValue: TypeAlias = (
        BoundingBoxTextHorizontalJustification | Literal["LEFT", "RIGHT", "CENTER"]
    )
else:
    BoundingBoxTextHorizontalJustificationValue = BoundingBoxTextHorizontalJustification
"""A value of BoundingBoxTextHorizontalJustification: the enum or the string of one of its members."""
