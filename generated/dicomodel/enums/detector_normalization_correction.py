"""Enumerated Values and Defined Terms of Detector Normalization Correction.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class DetectorNormalizationCorrection(StrEnum):
    """Enumerated Values of Detector Normalization Correction (0018,9768) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

    YES = "YES"
    NO = "NO"
