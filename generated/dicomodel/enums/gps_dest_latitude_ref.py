"""Enumerated Values and Defined Terms of GPS Dest Latitude Ref.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "GPSDestLatitudeRef",
    "GPSDestLatitudeRefValue",
]


class GPSDestLatitudeRef(StrEnum):
    """Enumerated Values of GPS Dest Latitude Ref (0016,0083) in VL Photographic Geolocation Module Attributes (C.8.12.12-1)."""

    N = "N"
    """north latitude"""
    S = "S"
    """south latitude"""


if TYPE_CHECKING:
    GPSDestLatitudeRefValue: TypeAlias = GPSDestLatitudeRef | Literal["N", "S"]
else:
    GPSDestLatitudeRefValue = GPSDestLatitudeRef
"""A value of GPSDestLatitudeRef: the enum or the string of one of its members."""
