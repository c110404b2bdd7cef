"""Enumerated Values and Defined Terms of GPS Track Ref.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class GPSTrackRef(StrEnum):
    """Enumerated Values of GPS Track Ref (0016,007E) in VL Photographic Geolocation Module Attributes (C.8.12.12-1)."""

    T = "T"
    """true direction"""
    M = "M"
    """magnetic direction"""
