"""Enumerated Values and Defined Terms of GPS Latitude Ref.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class GPSLatitudeRef(StrEnum):
    """Enumerated Values of GPS Latitude Ref (0016,0071) in VL Photographic Geolocation Module Attributes (C.8.12.12-1)."""

    N = "N"
    """north latitude"""
    S = "S"
    """south latitude"""
