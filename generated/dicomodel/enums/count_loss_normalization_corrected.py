"""Enumerated Values and Defined Terms of Count Loss Normalization Corrected.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class CountLossNormalizationCorrected(StrEnum):
    """Enumerated Values of Count Loss Normalization Corrected (0018,9764) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

    YES = "YES"
    NO = "NO"
