"""Enumerated Values and Defined Terms of GPS Speed Ref.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class GPSSpeedRef(StrEnum):
    """Enumerated Values of GPS Speed Ref (0016,007C) in VL Photographic Geolocation Module Attributes (C.8.12.12-1)."""

    K = "K"
    """kilometers per hour"""
    M = "M"
    """miles per hour"""
    N = "N"
    """knots"""
