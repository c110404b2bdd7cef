"""Enumerated Values and Defined Terms of Primary Dose Value Indicator.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class PrimaryDoseValueIndicator(StrEnum):
    """Enumerated Values of Primary Dose Value Indicator (300A,061B) in RT Dose Contribution Module Attributes (C.36.11-1)."""

    YES = "YES"
    NO = "NO"
