"""Enumerated Values and Defined Terms of Barcode Symbology.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "BarcodeSymbologyTerm",
]


class BarcodeSymbologyTerm(StrEnum):
    """Defined Terms of Barcode Symbology (2200,0006) in Media Creation Management Module Attributes (C.22.1-1)."""

    CODE128 = "CODE128"
    """ISO/IEC 15417:2000 Information technology - Automatic identification and data capture techniques - Bar code symbology specification - Code128"""
    CODE39 = "CODE39"
    """ISO/IEC 16388:1999 Information technology - Automatic identification and data capture techniques - Bar code symbology specifications - Code 39"""
    INTER_2_5 = "INTER_2_5"
    """ISO/IEC 16390:1999 Information technology - Automatic identification and data capture techniques - Bar code symbology specifications - Interleaved 2 of 5 (also known as USS ITF 2/5, I-2/5, ITF 2of5)"""
    HIBC = "HIBC"
    """ANSI/HIBC 1-1996 Health Industry Bar Code (HIBC) Provider Applications Standard"""
