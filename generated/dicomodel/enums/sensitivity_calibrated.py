"""Enumerated Values and Defined Terms of Sensitivity Calibrated.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class SensitivityCalibrated(StrEnum):
    """Enumerated Values of Sensitivity Calibrated (0018,9767) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

    YES = "YES"
    NO = "NO"
