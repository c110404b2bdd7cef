"""Enumerated Values and Defined Terms of Shadow Style.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ShadowStyle",
    "ShadowStyleValue",
]


class ShadowStyle(StrEnum):
    """Enumerated Values of Shadow Style (0070,0244) in Text Style Sequence Macro Attributes (C.10-5a)."""

    NORMAL = "NORMAL"
    """the shadow is drawn on 1 side of the contour of the text object"""
    OUTLINED = "OUTLINED"
    """the shadow is drawn around the contour of the text object"""
    OFF = "OFF"
    """no shadow"""


if TYPE_CHECKING:
    ShadowStyleValue: TypeAlias = ShadowStyle | Literal["NORMAL", "OUTLINED", "OFF"]
else:
    ShadowStyleValue = ShadowStyle
"""A value of ShadowStyle: the enum or the string of one of its members."""
