"""Enumerated Values and Defined Terms of Data Path ID.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class DataPathID(StrEnum):
    """Enumerated Values of Data Path ID (0028,140E) in Enhanced Palette Color Lookup Table Module Attributes (C.7.6.23-1)."""

    PRIMARY = "PRIMARY"
    SECONDARY = "SECONDARY"
