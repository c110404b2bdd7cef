"""Enumerated Values and Defined Terms of Dose Reference Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "DoseReferenceTypeTerm",
]


class DoseReferenceTypeTerm(StrEnum):
    """Defined Terms of Dose Reference Type (300A,0020) in RT Prescription Module Attributes (C.8-46)."""

    TARGET = "TARGET"
    """treatment target (corresponding to GTV, PTV, or CTV in [ICRU Report 50])"""
    ORGAN_AT_RISK = "ORGAN_AT_RISK"
    """Organ at Risk (as defined in [ICRU Report 50])"""
