"""Enumerated Values and Defined Terms of OCT Acquisition Domain.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "OCTAcquisitionDomainTerm",
]


class OCTAcquisitionDomainTerm(StrEnum):
    """Defined Terms of OCT Acquisition Domain (0052,0006) in Intravascular OCT Acquisition Parameters Module Attributes (C.8.27.3-1)."""

    TIME = "TIME"
    FREQUENCY = "FREQUENCY"
    SPECTRAL = "SPECTRAL"
