"""Enumerated Values and Defined Terms of Horizontal Alignment.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "HorizontalAlignment",
    "HorizontalAlignmentValue",
]


class HorizontalAlignment(StrEnum):
    """Enumerated Values of Horizontal Alignment (0070,0242) in Text Style Sequence Macro Attributes (C.10-5a)."""

    LEFT = "LEFT"
    CENTER = "CENTER"
    RIGHT = "RIGHT"


if TYPE_CHECKING:
    HorizontalAlignmentValue: TypeAlias = HorizontalAlignment | Literal["LEFT", "CENTER", "RIGHT"]
else:
    HorizontalAlignmentValue = HorizontalAlignment
"""A value of HorizontalAlignment: the enum or the string of one of its members."""
