"""Enumerated Values and Defined Terms of GPS Measure Mode.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class GPSMeasureMode(StrEnum):
    """Enumerated Values of GPS Measure Mode (0016,007A) in VL Photographic Geolocation Module Attributes (C.8.12.12-1)."""

    _2 = "2"
    """two-dimensional"""
    _3 = "3"
    """three-dimensional"""
