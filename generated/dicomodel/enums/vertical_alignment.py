"""Enumerated Values and Defined Terms of Vertical Alignment.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "VerticalAlignment",
    "VerticalAlignmentValue",
]


class VerticalAlignment(StrEnum):
    """Enumerated Values of Vertical Alignment (0070,0243) in Text Style Sequence Macro Attributes (C.10-5a)."""

    TOP = "TOP"
    CENTER = "CENTER"
    BOTTOM = "BOTTOM"


if TYPE_CHECKING:
    VerticalAlignmentValue: TypeAlias = VerticalAlignment | Literal["TOP", "CENTER", "BOTTOM"]
else:
    VerticalAlignmentValue = VerticalAlignment
"""A value of VerticalAlignment: the enum or the string of one of its members."""
