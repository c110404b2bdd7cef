"""Enumerated Values and Defined Terms of GPS Measure Mode.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "GPSMeasureMode",
    "GPSMeasureModeValue",
]


class GPSMeasureMode(StrEnum):
    """Enumerated Values of GPS Measure Mode (0016,007A) in VL Photographic Geolocation Module Attributes (C.8.12.12-1)."""

    V2 = "2"
    """two-dimensional"""
    V3 = "3"
    """three-dimensional"""


if TYPE_CHECKING:
    GPSMeasureModeValue: TypeAlias = GPSMeasureMode | Literal["2", "3"]
else:
    GPSMeasureModeValue = GPSMeasureMode
"""A value of GPSMeasureMode: the enum or the string of one of its members."""
