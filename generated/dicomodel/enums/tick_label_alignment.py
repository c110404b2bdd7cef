"""Enumerated Values and Defined Terms of Tick Label Alignment.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "TickLabelAlignment",
    "TickLabelAlignmentValue",
]


class TickLabelAlignment(StrEnum):
    """Enumerated Values of Tick Label Alignment (0070,0279) in Graphic Annotation Module Attributes (C.10-5)."""

    BOTTOM = "BOTTOM"
    TOP = "TOP"


if TYPE_CHECKING:
    TickLabelAlignmentValue: TypeAlias = TickLabelAlignment | Literal["BOTTOM", "TOP"]
else:
    TickLabelAlignmentValue = TickLabelAlignment
"""A value of TickLabelAlignment: the enum or the string of one of its members."""
