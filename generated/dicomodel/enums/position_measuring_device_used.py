"""Enumerated Values and Defined Terms of Position Measuring Device Used.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class PositionMeasuringDeviceUsed(StrEnum):
    """Enumerated Values of Position Measuring Device Used (0018,980C) in Enhanced US Image Module Attributes (C.8.24.3-1)."""

    RIGID = "RIGID"
    """The image was acquired with a position measuring device that rigidly connects the transducer to a frame of reference."""
    TRACKED = "TRACKED"
    """The image was acquired using freehand motion of the transducer with an associated position measuring device (i.e., tracked freehand transducer)."""
    FREEHAND = "FREEHAND"
    """The image was acquired using freehand motion of the transducer without a position measuring device."""
