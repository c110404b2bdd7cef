"""Enumerated Values and Defined Terms of Scan Spot Reordered.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ScanSpotReordered(StrEnum):
    """Enumerated Values of Scan Spot Reordered (300A,0393) in RT Ion Beams Session Record Module Attributes (C.8.8.26-1)."""

    YES = "YES"
    """The delivery machine changed the spot order"""
    NO = "NO"
    """The delivery machine delivered the spots in the order as planned"""
