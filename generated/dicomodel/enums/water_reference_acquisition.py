"""Enumerated Values and Defined Terms of Water Reference Acquisition.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class WaterReferenceAcquisition(StrEnum):
    """Enumerated Values of Water Reference Acquisition (0018,9297) in MR Spectroscopy Module Attributes (C.8-102)."""

    WATER_REFERENCE = "WATER_REFERENCE"
    USED_DISCARDED = "USED_DISCARDED"
    REFERENCED = "REFERENCED"
    NONE = "NONE"
