"""Enumerated Values and Defined Terms of Dose Units.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class DoseUnits(StrEnum):
    """Enumerated Values of Dose Units (3004,0002) in RT Dose Module Attributes (C.8-39)."""

    GY = "GY"
    """Gray"""
    RELATIVE = "RELATIVE"
    """dose relative to implicit reference value"""
