"""Enumerated Values and Defined Terms of GPS Dest Longitude Ref.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "GPSDestLongitudeRef",
    "GPSDestLongitudeRefValue",
]


class GPSDestLongitudeRef(StrEnum):
    """Enumerated Values of GPS Dest Longitude Ref (0016,0085) in VL Photographic Geolocation Module Attributes (C.8.12.12-1)."""

    E = "E"
    """east longitude"""
    W = "W"
    """west longitude"""


if TYPE_CHECKING:
    GPSDestLongitudeRefValue: TypeAlias = GPSDestLongitudeRef | Literal["E", "W"]
else:
    GPSDestLongitudeRefValue = GPSDestLongitudeRef
"""A value of GPSDestLongitudeRef: the enum or the string of one of its members."""
