"""Enumerated Values and Defined Terms of False Positives Estimate Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class FalsePositivesEstimateFlag(StrEnum):
    """Enumerated Values of False Positives Estimate Flag (0024,0053) in Visual Field Static Perimetry Test Reliability Module Attributes (C.8.26.3-1)."""

    YES = "YES"
    NO = "NO"
