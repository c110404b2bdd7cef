"""Enumerated Values and Defined Terms of Patient Motion Corrected.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class PatientMotionCorrected(StrEnum):
    """Enumerated Values of Patient Motion Corrected (0018,9763) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

    YES = "YES"
    NO = "NO"
