"""Enumerated Values and Defined Terms of RT Treatment Intent Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "RTTreatmentIntentTypeTerm",
]


class RTTreatmentIntentTypeTerm(StrEnum):
    """Defined Terms of RT Treatment Intent Type (3010,0059) in RT Physician Intent Module Attributes (C.36.5-1)."""

    CURATIVE = "CURATIVE"
    PALLIATIVE = "PALLIATIVE"
    PROPHYLACTIC = "PROPHYLACTIC"
