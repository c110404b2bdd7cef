"""Enumerated Values and Defined Terms of Line Dashing Style.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "LineDashingStyle",
    "LineDashingStyleValue",
]


class LineDashingStyle(StrEnum):
    """Enumerated Values of Line Dashing Style (0070,0254) in Line Style Sequence Macro Attributes (C.10-5b)."""

    SOLID = "SOLID"
    DASHED = "DASHED"
    """Draws one part of the line with the Pattern On Color CIELab Value (0070,0251) and the other part with the Pattern Off Color CIELab Value (0070,0252)."""


if TYPE_CHECKING:
    LineDashingStyleValue: TypeAlias = LineDashingStyle | Literal["SOLID", "DASHED"]
else:
    LineDashingStyleValue = LineDashingStyle
"""A value of LineDashingStyle: the enum or the string of one of its members."""
