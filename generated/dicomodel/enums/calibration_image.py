"""Enumerated Values and Defined Terms of Calibration Image.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class CalibrationImage(StrEnum):
    """Enumerated Values of Calibration Image (0050,0004) in X-Ray Calibration Device Usage Macro Attributes (C.8.19.6-6)."""

    YES = "YES"
    NO = "NO"
