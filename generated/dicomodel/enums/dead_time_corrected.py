"""Enumerated Values and Defined Terms of Dead Time Corrected.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class DeadTimeCorrected(StrEnum):
    """Enumerated Values of Dead Time Corrected (0018,9761) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

    YES = "YES"
    NO = "NO"
