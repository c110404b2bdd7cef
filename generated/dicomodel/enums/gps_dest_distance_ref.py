"""Enumerated Values and Defined Terms of GPS Dest Distance Ref.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class GPSDestDistanceRef(StrEnum):
    """Enumerated Values of GPS Dest Distance Ref (0016,0089) in VL Photographic Geolocation Module Attributes (C.8.12.12-1)."""

    K = "K"
    """kilometers"""
    M = "M"
    """miles"""
    N = "N"
    """nautical miles"""
