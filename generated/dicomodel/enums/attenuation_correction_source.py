"""Enumerated Values and Defined Terms of Attenuation Correction Source.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "AttenuationCorrectionSourceTerm",
]


class AttenuationCorrectionSourceTerm(StrEnum):
    """Defined Terms of Attenuation Correction Source (0018,9738) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

    CT = "CT"
    MR = "MR"
    POSITRON_SOURCE = "POSITRON SOURCE"
    SINGLE_PHOTON = "SINGLE PHOTON"
    CALCULATED = "CALCULATED"
    """Emission data is used to calculate the correction map."""
