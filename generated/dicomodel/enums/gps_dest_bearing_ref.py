"""Enumerated Values and Defined Terms of GPS Dest Bearing Ref.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class GPSDestBearingRef(StrEnum):
    """Enumerated Values of GPS Dest Bearing Ref (0016,0087) in VL Photographic Geolocation Module Attributes (C.8.12.12-1)."""

    T = "T"
    """true direction"""
    M = "M"
    """magnetic direction"""
