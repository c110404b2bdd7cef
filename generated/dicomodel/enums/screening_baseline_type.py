"""Enumerated Values and Defined Terms of Screening Baseline Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ScreeningBaselineType(StrEnum):
    """Enumerated Values of Screening Baseline Type (0024,0124) in Visual Field Static Perimetry Test Measurements Module Attributes (C.8.26.4-1)."""

    CENTRAL = "CENTRAL"
    PERIPHERAL = "PERIPHERAL"
