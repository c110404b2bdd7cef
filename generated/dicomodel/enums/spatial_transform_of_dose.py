"""Enumerated Values and Defined Terms of Spatial Transform of Dose.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "SpatialTransformOfDoseTerm",
]


class SpatialTransformOfDoseTerm(StrEnum):
    """Defined Terms of Spatial Transform of Dose (3004,0005) in RT Dose Module Attributes (C.8-39)."""

    NONE = "NONE"
    """No transformation. Calculated on the original image set"""
    RIGID = "RIGID"
    """Only Rigid transform used (see definition in Section C.20.2.1.2)"""
    NON_RIGID = "NON_RIGID"
    """Any other transform used"""
