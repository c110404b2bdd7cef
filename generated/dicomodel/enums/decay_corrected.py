"""Enumerated Values and Defined Terms of Decay Corrected.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class DecayCorrected(StrEnum):
    """Enumerated Values of Decay Corrected (0018,9758) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

    YES = "YES"
    NO = "NO"
