"""Enumerated Values and Defined Terms of Lossy Image Compression.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "LossyImageCompression",
    "LossyImageCompressionValue",
]


class LossyImageCompression(StrEnum):
    """Enumerated Values of Lossy Image Compression (0028,2110) in Contributing Image Sources Macro Attributes (10-14)."""

    V00 = "00"
    """Image has not been subjected to lossy compression."""
    V01 = "01"
    """Image has been subjected to lossy compression."""


if TYPE_CHECKING:
    LossyImageCompressionValue: TypeAlias = LossyImageCompression | Literal["00", "01"]
else:
    LossyImageCompressionValue = LossyImageCompression
"""A value of LossyImageCompression: the enum or the string of one of its members."""
