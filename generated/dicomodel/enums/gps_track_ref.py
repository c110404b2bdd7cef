"""Enumerated Values and Defined Terms of GPS Track Ref.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "GPSTrackRef",
    "GPSTrackRefValue",
]


class GPSTrackRef(StrEnum):
    """Enumerated Values of GPS Track Ref (0016,007E) in VL Photographic Geolocation Module Attributes (C.8.12.12-1)."""

    T = "T"
    """true direction"""
    M = "M"
    """magnetic direction"""


if TYPE_CHECKING:
    GPSTrackRefValue: TypeAlias = GPSTrackRef | Literal["T", "M"]
else:
    GPSTrackRefValue = GPSTrackRef
"""A value of GPSTrackRef: the enum or the string of one of its members."""
