"""Enumerated Values and Defined Terms of Excessive False Positives Data Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ExcessiveFalsePositivesDataFlag(StrEnum):
    """Enumerated Values of Excessive False Positives Data Flag (0024,0061) in Visual Field Static Perimetry Test Reliability Module Attributes (C.8.26.3-1)."""

    YES = "YES"
    NO = "NO"
