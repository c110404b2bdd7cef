"""Enumerated Values and Defined Terms of GPS Speed Ref.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "GPSSpeedRef",
    "GPSSpeedRefValue",
]


class GPSSpeedRef(StrEnum):
    """Enumerated Values of GPS Speed Ref (0016,007C) in VL Photographic Geolocation Module Attributes (C.8.12.12-1)."""

    K = "K"
    """kilometers per hour"""
    M = "M"
    """miles per hour"""
    N = "N"
    """knots"""


if TYPE_CHECKING:
    GPSSpeedRefValue: TypeAlias = GPSSpeedRef | Literal["K", "M", "N"]
else:
    GPSSpeedRefValue = GPSSpeedRef
"""A value of GPSSpeedRef: the enum or the string of one of its members."""
