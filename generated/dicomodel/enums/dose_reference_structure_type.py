"""Enumerated Values and Defined Terms of Dose Reference Structure Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "DoseReferenceStructureTypeTerm",
]


class DoseReferenceStructureTypeTerm(StrEnum):
    """Defined Terms of Dose Reference Structure Type (300A,0014) in RT Prescription Module Attributes (C.8-46)."""

    POINT = "POINT"
    """dose reference point specified as ROI"""
    VOLUME = "VOLUME"
    """dose reference volume specified as ROI"""
    COORDINATES = "COORDINATES"
    """point specified by Dose Reference Point Coordinates (300A,0018)"""
    SITE = "SITE"
    """dose reference clinical site"""
