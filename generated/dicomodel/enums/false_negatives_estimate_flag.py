"""Enumerated Values and Defined Terms of False Negatives Estimate Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class FalseNegativesEstimateFlag(StrEnum):
    """Enumerated Values of False Negatives Estimate Flag (0024,0045) in Visual Field Static Perimetry Test Reliability Module Attributes (C.8.26.3-1)."""

    YES = "YES"
    NO = "NO"
