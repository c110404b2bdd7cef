"""Enumerated Values and Defined Terms of High-Dose Technique Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "HighDoseTechniqueTypeTerm",
]


class HighDoseTechniqueTypeTerm(StrEnum):
    """Defined Terms of High-Dose Technique Type (300A,00C7) in RT Beams Module Attributes (C.8-50)."""

    TBI = "TBI"
    """Total Body Irradiation"""
    HDR = "HDR"
    """High Dose Rate"""
