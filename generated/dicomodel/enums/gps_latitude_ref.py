"""Enumerated Values and Defined Terms of GPS Latitude Ref.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "GPSLatitudeRef",
    "GPSLatitudeRefValue",
]


class GPSLatitudeRef(StrEnum):
    """Enumerated Values of GPS Latitude Ref (0016,0071) in VL Photographic Geolocation Module Attributes (C.8.12.12-1)."""

    N = "N"
    """north latitude"""
    S = "S"
    """south latitude"""


if TYPE_CHECKING:
    GPSLatitudeRefValue: TypeAlias = GPSLatitudeRef | Literal["N", "S"]
else:
    GPSLatitudeRefValue = GPSLatitudeRef
"""A value of GPSLatitudeRef: the enum or the string of one of its members."""
