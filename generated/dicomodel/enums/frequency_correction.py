"""Enumerated Values and Defined Terms of Frequency Correction.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class FrequencyCorrection(StrEnum):
    """Enumerated Values of Frequency Correction (0018,9101) in MR Spectroscopy Module Attributes (C.8-102)."""

    YES = "YES"
    NO = "NO"
