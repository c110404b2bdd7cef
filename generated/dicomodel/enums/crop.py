"""Enumerated Values and Defined Terms of Crop.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "Crop",
    "CropValue",
]


class Crop(StrEnum):
    """Enumerated Values of Crop (0070,1204) in Volumetric Presentation State Relationship Module Attributes (C.11.23-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    CropValue: TypeAlias = Crop | Literal["YES", "NO"]
else:
    CropValue = Crop
"""A value of Crop: the enum or the string of one of its members."""
