"""Enumerated Values and Defined Terms of Image Box Small Scroll Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ImageBoxSmallScrollType",
    "ImageBoxSmallScrollTypeValue",
]


class ImageBoxSmallScrollType(StrEnum):
    """Enumerated Values of Image Box Small Scroll Type (0072,0312) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    PAGE = "PAGE"
    """In a TILED image box, replace all image slots with the next N x M images in the set."""
    ROW_COLUMN = "ROW_COLUMN"
    """In a TILED image box, move each row or column of images to the next row or column, depending on Image Box Scroll Direction (0072,0310)."""
    IMAGE = "IMAGE"
    """In a TILED image box, move each image to the next slot, either horizontally or vertically, depending on Image Box Scroll Direction (0072,0310)."""


if TYPE_CHECKING:
    ImageBoxSmallScrollTypeValue: TypeAlias = (
        ImageBoxSmallScrollType | Literal["PAGE", "ROW_COLUMN", "IMAGE"]
    )
else:
    ImageBoxSmallScrollTypeValue = ImageBoxSmallScrollType
"""A value of ImageBoxSmallScrollType: the enum or the string of one of its members."""
