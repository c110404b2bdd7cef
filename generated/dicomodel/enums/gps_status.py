"""Enumerated Values and Defined Terms of GPS Status.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "GPSStatus",
    "GPSStatusValue",
]


class GPSStatus(StrEnum):
    """Enumerated Values of GPS Status (0016,0079) in VL Photographic Geolocation Module Attributes (C.8.12.12-1)."""

    A = "A"
    """measurement is in progress"""
    V = "V"
    """measurement interrupted"""


if TYPE_CHECKING:
    GPSStatusValue: TypeAlias = GPSStatus | Literal["A", "V"]
else:
    GPSStatusValue = GPSStatus
"""A value of GPSStatus: the enum or the string of one of its members."""
