"""Enumerated Values and Defined Terms of GPS Longitude Ref.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class GPSLongitudeRef(StrEnum):
    """Enumerated Values of GPS Longitude Ref (0016,0073) in VL Photographic Geolocation Module Attributes (C.8.12.12-1)."""

    E = "E"
    """east longitude"""
    W = "W"
    """west longitude"""
