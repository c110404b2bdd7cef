"""Enumerated Values and Defined Terms of GPS Longitude Ref.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "GPSLongitudeRef",
    "GPSLongitudeRefValue",
]


class GPSLongitudeRef(StrEnum):
    """Enumerated Values of GPS Longitude Ref (0016,0073) in VL Photographic Geolocation Module Attributes (C.8.12.12-1)."""

    E = "E"
    """east longitude"""
    W = "W"
    """west longitude"""


if TYPE_CHECKING:
    GPSLongitudeRefValue: TypeAlias = GPSLongitudeRef | Literal["E", "W"]
else:
    GPSLongitudeRefValue = GPSLongitudeRef
"""A value of GPSLongitudeRef: the enum or the string of one of its members."""
