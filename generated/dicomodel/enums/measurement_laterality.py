"""Enumerated Values and Defined Terms of Measurement Laterality.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class MeasurementLaterality(StrEnum):
    """Enumerated Values of Measurement Laterality (0024,0113) in General Ophthalmic Refractive Measurements Module Attributes (C.8.25.7-1)."""

    R = "R"
    """right"""
    L = "L"
    """left"""
    B = "B"
    """both left and right together"""
