"""Enumerated Values and Defined Terms of GPS Dest Distance Ref.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "GPSDestDistanceRef",
    "GPSDestDistanceRefValue",
]


class GPSDestDistanceRef(StrEnum):
    """Enumerated Values of GPS Dest Distance Ref (0016,0089) in VL Photographic Geolocation Module Attributes (C.8.12.12-1)."""

    K = "K"
    """kilometers"""
    M = "M"
    """miles"""
    N = "N"
    """nautical miles"""


if TYPE_CHECKING:
    GPSDestDistanceRefValue: TypeAlias = GPSDestDistanceRef | Literal["K", "M", "N"]
else:
    GPSDestDistanceRefValue = GPSDestDistanceRef
"""A value of GPSDestDistanceRef: the enum or the string of one of its members."""
