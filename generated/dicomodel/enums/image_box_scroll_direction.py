"""Enumerated Values and Defined Terms of Image Box Scroll Direction.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ImageBoxScrollDirection",
    "ImageBoxScrollDirectionValue",
]


class ImageBoxScrollDirection(StrEnum):
    """Enumerated Values of Image Box Scroll Direction (0072,0310) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    VERTICAL = "VERTICAL"
    """scroll images by row"""
    HORIZONTAL = "HORIZONTAL"
    """scroll images by column"""


if TYPE_CHECKING:
    ImageBoxScrollDirectionValue: TypeAlias = (
        ImageBoxScrollDirection | Literal["VERTICAL", "HORIZONTAL"]
    )
else:
    ImageBoxScrollDirectionValue = ImageBoxScrollDirection
"""A value of ImageBoxScrollDirection: the enum or the string of one of its members."""
