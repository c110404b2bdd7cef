"""Enumerated Values and Defined Terms of Blind Spot Localized.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class BlindSpotLocalized(StrEnum):
    """Enumerated Values of Blind Spot Localized (0024,0106) in Visual Field Static Perimetry Test Measurements Module Attributes (C.8.26.4-1)."""

    YES = "YES"
    NO = "NO"
