"""Enumerated Values and Defined Terms of Conversion Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ConversionTypeTerm",
    "ConversionTypeTermRTImage",
]


class ConversionTypeTerm(StrEnum):
    """Defined Terms of Conversion Type (0008,0064) in SC Equipment Module Attributes (C.8-24)."""

    DV = "DV"
    """Digitized Video"""
    DI = "DI"
    """Digital Interface"""
    DF = "DF"
    """Digitized Film"""
    WSD = "WSD"
    """Workstation"""
    SD = "SD"
    """Scanned Document"""
    SI = "SI"
    """Scanned Image"""
    DRW = "DRW"
    """Drawing"""
    SYN = "SYN"
    """Synthetic Image"""


class ConversionTypeTermRTImage(StrEnum):
    """Defined Terms of Conversion Type (0008,0064) in RT Image Module Attributes (C.8-38)."""

    DV = "DV"
    """Digitized Video"""
    DI = "DI"
    """Digital Interface"""
    DF = "DF"
    """Digitized Film"""
    WSD = "WSD"
    """Workstation"""
