"""Enumerated Values and Defined Terms of GPS Status.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class GPSStatus(StrEnum):
    """Enumerated Values of GPS Status (0016,0079) in VL Photographic Geolocation Module Attributes (C.8.12.12-1)."""

    A = "A"
    """measurement is in progress"""
    V = "V"
    """measurement interrupted"""
