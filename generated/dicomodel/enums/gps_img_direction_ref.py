"""Enumerated Values and Defined Terms of GPS Img Direction Ref.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class GPSImgDirectionRef(StrEnum):
    """Enumerated Values of GPS Img Direction Ref (0016,0080) in VL Photographic Geolocation Module Attributes (C.8.12.12-1)."""

    T = "T"
    """true direction"""
    M = "M"
    """magnetic direction"""
