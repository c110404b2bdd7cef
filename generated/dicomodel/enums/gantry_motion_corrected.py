"""Enumerated Values and Defined Terms of Gantry Motion Corrected.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class GantryMotionCorrected(StrEnum):
    """Enumerated Values of Gantry Motion Corrected (0018,9762) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

    YES = "YES"
    NO = "NO"
