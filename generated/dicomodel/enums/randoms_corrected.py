"""Enumerated Values and Defined Terms of Randoms Corrected.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class RandomsCorrected(StrEnum):
    """Enumerated Values of Randoms Corrected (0018,9765) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

    YES = "YES"
    NO = "NO"
