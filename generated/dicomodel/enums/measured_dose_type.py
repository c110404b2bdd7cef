"""Enumerated Values and Defined Terms of Measured Dose Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "MeasuredDoseTypeTerm",
]


class MeasuredDoseTypeTerm(StrEnum):
    """Defined Terms of Measured Dose Type (3008,0014) in Measured Dose Reference Record Module Attributes (C.8-55)."""

    DIODE = "DIODE"
    """semiconductor diode"""
    TLD = "TLD"
    """thermoluminescent dosimeter"""
    ION_CHAMBER = "ION_CHAMBER"
    """ion chamber"""
    GEL = "GEL"
    """dose sensitive gel"""
    EPID = "EPID"
    """electronic portal imaging device"""
    FILM = "FILM"
    """dose sensitive film"""
