"""Enumerated Values and Defined Terms of Short Term Fluctuation Calculated.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ShortTermFluctuationCalculated(StrEnum):
    """Enumerated Values of Short Term Fluctuation Calculated (0024,0074) in Visual Field Static Perimetry Test Results Module Attributes (C.8.26.5-1)."""

    YES = "YES"
    NO = "NO"
