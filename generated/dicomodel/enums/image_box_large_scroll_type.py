"""Enumerated Values and Defined Terms of Image Box Large Scroll Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ImageBoxLargeScrollType",
    "ImageBoxLargeScrollTypeValue",
]


class ImageBoxLargeScrollType(StrEnum):
    """Enumerated Values of Image Box Large Scroll Type (0072,0316) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    PAGE = "PAGE"
    """In a TILED image box, replace all image slots with the next N x M images in the set."""
    ROW_COLUMN = "ROW_COLUMN"
    """In a TILED image box, move each row or column of images to the next row or column, depending on Image Box Scroll Direction (0072,0310)."""
    IMAGE = "IMAGE"
    """In a TILED image box, move each image to the next slot, either horizontally or vertically, depending on Image Box Scroll Direction (0072,0310)."""


if TYPE_CHECKING:
    ImageBoxLargeScrollTypeValue: TypeAlias = (
        ImageBoxLargeScrollType | Literal["PAGE", "ROW_COLUMN", "IMAGE"]
    )
else:
    ImageBoxLargeScrollTypeValue = ImageBoxLargeScrollType
"""A value of ImageBoxLargeScrollType: the enum or the string of one of its members."""
