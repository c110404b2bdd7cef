"""Enumerated Values and Defined Terms of Display Set Horizontal Justification.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "DisplaySetHorizontalJustification",
    "DisplaySetHorizontalJustificationValue",
]


class DisplaySetHorizontalJustification(StrEnum):
    """Enumerated Values of Display Set Horizontal Justification (0072,0717) in Structured Display Image Box Module Attributes (C.11.17-1)."""

    LEFT = "LEFT"
    CENTER = "CENTER"
    RIGHT = "RIGHT"


if TYPE_CHECKING:
    DisplaySetHorizontalJustificationValue: TypeAlias = (
        DisplaySetHorizontalJustification | Literal["LEFT", "CENTER", "RIGHT"]
    )
else:
    DisplaySetHorizontalJustificationValue = DisplaySetHorizontalJustification
"""A value of DisplaySetHorizontalJustification: the enum or the string of one of its members."""
