"""Enumerated Values and Defined Terms of Screening Baseline Measured.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ScreeningBaselineMeasured(StrEnum):
    """Enumerated Values of Screening Baseline Measured (0024,0120) in Visual Field Static Perimetry Test Measurements Module Attributes (C.8.26.4-1)."""

    YES = "YES"
    NO = "NO"
