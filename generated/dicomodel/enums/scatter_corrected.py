"""Enumerated Values and Defined Terms of Scatter Corrected.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ScatterCorrected(StrEnum):
    """Enumerated Values of Scatter Corrected (0018,9760) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

    YES = "YES"
    NO = "NO"
