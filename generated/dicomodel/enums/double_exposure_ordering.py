"""Enumerated Values and Defined Terms of Double Exposure Ordering.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "DoubleExposureOrderingTerm",
]


class DoubleExposureOrderingTerm(StrEnum):
    """Defined Terms of Double Exposure Ordering (0074,1036) in RT Beams Delivery Instruction Module Attributes (C.8.8.29-1)."""

    OPEN_FIRST = "OPEN_FIRST"
    """Open field first"""
    OPEN_SECOND = "OPEN_SECOND"
    """Open field second"""
