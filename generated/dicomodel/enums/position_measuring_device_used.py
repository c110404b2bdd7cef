"""Enumerated Values and Defined Terms of Position Measuring Device Used.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "PositionMeasuringDeviceUsed",
    "PositionMeasuringDeviceUsedValue",
]


class PositionMeasuringDeviceUsed(StrEnum):
    """Enumerated Values of Position Measuring Device Used (0018,980C) in Enhanced US Image Module Attributes (C.8.24.3-1)."""

    RIGID = "RIGID"
    """The image was acquired with a position measuring device that rigidly connects the transducer to a frame of reference."""
    TRACKED = "TRACKED"
    """The image was acquired using freehand motion of the transducer with an associated position measuring device (i.e., tracked freehand transducer)."""
    FREEHAND = "FREEHAND"
    """The image was acquired using freehand motion of the transducer without a position measuring device."""


if TYPE_CHECKING:
    PositionMeasuringDeviceUsedValue: TypeAlias = (
        PositionMeasuringDeviceUsed | Literal["RIGID", "TRACKED", "FREEHAND"]
    )
else:
    PositionMeasuringDeviceUsedValue = PositionMeasuringDeviceUsed
"""A value of PositionMeasuringDeviceUsed: the enum or the string of one of its members."""
