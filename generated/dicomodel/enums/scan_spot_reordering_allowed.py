"""Enumerated Values and Defined Terms of Scan Spot Reordering Allowed.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ScanSpotReorderingAllowed(StrEnum):
    """Enumerated Values of Scan Spot Reordering Allowed (300A,0395) in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    ALLOWED = "ALLOWED"
    """The delivery device may deliver the spots in any order"""
    NOT_ALLOWED = "NOT ALLOWED"
    """The delivery device shall not change the order of the spots within the map and must deliver them in the prescribed order."""
