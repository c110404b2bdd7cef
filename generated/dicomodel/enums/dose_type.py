"""Enumerated Values and Defined Terms of Dose Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "DoseTypeTerm",
]


class DoseTypeTerm(StrEnum):
    """Defined Terms of Dose Type (3004,0004) in RT Dose Module Attributes (C.8-39)."""

    PHYSICAL = "PHYSICAL"
    """physical dose"""
    EFFECTIVE = "EFFECTIVE"
    """physical dose after correction for biological effect using user-defined modeling technique"""
    ERROR = "ERROR"
    """difference between desired and planned dose"""
