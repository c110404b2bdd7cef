"""Enumerated Values and Defined Terms of Brachy Treatment Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "BrachyTreatmentTypeTerm",
]


class BrachyTreatmentTypeTerm(StrEnum):
    """Defined Terms of Brachy Treatment Type (300A,0202) in RT Brachy Application Setups Module Attributes (C.8-51)."""

    MANUAL = "MANUAL"
    """manually positioned"""
    HDR = "HDR"
    """High dose rate"""
    MDR = "MDR"
    """Medium dose rate"""
    LDR = "LDR"
    """Low dose rate"""
    PDR = "PDR"
    """Pulsed dose rate"""
