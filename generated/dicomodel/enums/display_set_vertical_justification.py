"""Enumerated Values and Defined Terms of Display Set Vertical Justification.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "DisplaySetVerticalJustification",
    "DisplaySetVerticalJustificationValue",
]


class DisplaySetVerticalJustification(StrEnum):
    """Enumerated Values of Display Set Vertical Justification (0072,0718) in Structured Display Image Box Module Attributes (C.11.17-1)."""

    TOP = "TOP"
    CENTER = "CENTER"
    BOTTOM = "BOTTOM"


if TYPE_CHECKING:
    DisplaySetVerticalJustificationValue: TypeAlias = (
        DisplaySetVerticalJustification | Literal["TOP", "CENTER", "BOTTOM"]
    )
else:
    DisplaySetVerticalJustificationValue = DisplaySetVerticalJustification
"""A value of DisplaySetVerticalJustification: the enum or the string of one of its members."""
