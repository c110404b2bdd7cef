"""Enumerated Values and Defined Terms of Compensator Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "CompensatorTypeTerm",
]


class CompensatorTypeTerm(StrEnum):
    """Defined Terms of Compensator Type (300A,00EE) in RT Beams Module Attributes (C.8-50)."""

    STANDARD = "STANDARD"
    """physical (static) compensator"""
    DYNAMIC = "DYNAMIC"
    """moving Beam Limiting Device (collimator) simulating physical compensator"""
