"""Enumerated Values and Defined Terms of Graphic Filled.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "GraphicFilled",
    "GraphicFilledValue",
]


class GraphicFilled(StrEnum):
    """Enumerated Values of Graphic Filled (0070,0024) in Graphic Annotation Module Attributes (C.10-5)."""

    Y = "Y"
    """yes"""
    N = "N"
    """no"""


if TYPE_CHECKING:
    GraphicFilledValue: TypeAlias = GraphicFilled | Literal["Y", "N"]
else:
    GraphicFilledValue = GraphicFilled
"""A value of GraphicFilled: the enum or the string of one of its members."""
