"""Enumerated Values and Defined Terms of Show Grayscale Inverted.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ShowGrayscaleInverted",
    "ShowGrayscaleInvertedValue",
]


class ShowGrayscaleInverted(StrEnum):
    """Enumerated Values of Show Grayscale Inverted (0072,0706) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    YES = "YES"
    """The maximum output value after the display pipeline has been applied shall be displayed with the minimum available luminance."""
    NO = "NO"
    """The maximum output value after the display pipeline has been applied shall be displayed with the maximum available luminance."""


if TYPE_CHECKING:
    ShowGrayscaleInvertedValue: TypeAlias = ShowGrayscaleInverted | Literal["YES", "NO"]
else:
    ShowGrayscaleInvertedValue = ShowGrayscaleInverted
"""A value of ShowGrayscaleInverted: the enum or the string of one of its members."""
