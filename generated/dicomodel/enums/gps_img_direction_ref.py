"""Enumerated Values and Defined Terms of GPS Img Direction Ref.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "GPSImgDirectionRef",
    "GPSImgDirectionRefValue",
]


class GPSImgDirectionRef(StrEnum):
    """Enumerated Values of GPS Img Direction Ref (0016,0080) in VL Photographic Geolocation Module Attributes (C.8.12.12-1)."""

    T = "T"
    """true direction"""
    M = "M"
    """magnetic direction"""


if TYPE_CHECKING:
    GPSImgDirectionRefValue: TypeAlias = GPSImgDirectionRef | Literal["T", "M"]
else:
    GPSImgDirectionRefValue = GPSImgDirectionRef
"""A value of GPSImgDirectionRef: the enum or the string of one of its members."""
