"""Enumerated Values and Defined Terms of Global Crop.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "GlobalCrop",
    "GlobalCropValue",
]


class GlobalCrop(StrEnum):
    """Enumerated Values of Global Crop (0070,120B) in Volumetric Presentation State Relationship Module Attributes (C.11.23-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    GlobalCropValue: TypeAlias = GlobalCrop | Literal["YES", "NO"]
else:
    GlobalCropValue = GlobalCrop
"""A value of GlobalCrop: the enum or the string of one of its members."""
