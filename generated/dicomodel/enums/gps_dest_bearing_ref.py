"""Enumerated Values and Defined Terms of GPS Dest Bearing Ref.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "GPSDestBearingRef",
    "GPSDestBearingRefValue",
]


class GPSDestBearingRef(StrEnum):
    """Enumerated Values of GPS Dest Bearing Ref (0016,0087) in VL Photographic Geolocation Module Attributes (C.8.12.12-1)."""

    T = "T"
    """true direction"""
    M = "M"
    """magnetic direction"""


if TYPE_CHECKING:
    GPSDestBearingRefValue: TypeAlias = GPSDestBearingRef | Literal["T", "M"]
else:
    GPSDestBearingRefValue = GPSDestBearingRef
"""A value of GPSDestBearingRef: the enum or the string of one of its members."""
