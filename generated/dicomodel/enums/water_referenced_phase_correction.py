"""Enumerated Values and Defined Terms of Water Referenced Phase Correction.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class WaterReferencedPhaseCorrection(StrEnum):
    """Enumerated Values of Water Referenced Phase Correction (0018,9199) in MR Spectroscopy Module Attributes (C.8-102)."""

    YES = "YES"
    NO = "NO"
