"""Enumerated Values and Defined Terms of Image Horizontal Flip.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ImageHorizontalFlip",
    "ImageHorizontalFlipValue",
]


class ImageHorizontalFlip(StrEnum):
    """Enumerated Values of Image Horizontal Flip (0070,0041) in Spatial Transformation Module Attributes (C.10-6)."""

    Y = "Y"
    """yes"""
    N = "N"
    """no"""


if TYPE_CHECKING:
    ImageHorizontalFlipValue: TypeAlias = ImageHorizontalFlip | Literal["Y", "N"]
else:
    ImageHorizontalFlipValue = ImageHorizontalFlip
"""A value of ImageHorizontalFlip: the enum or the string of one of its members."""
