"""Enumerated Values and Defined Terms of Cardiac Signal Source.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "CardiacSignalSourceTerm",
    "CardiacSignalSourceTermPerformedCTAcquisition",
]


class CardiacSignalSourceTerm(StrEnum):
    """Defined Terms of Cardiac Signal Source (0018,9085) in Cardiac Synchronization Module Attributes (C.7.6.18-1)."""

    ECG = "ECG"
    """electrocardiogram"""
    VCG = "VCG"
    """vector cardiogram"""
    PP = "PP"
    """peripheral pulse"""
    MR = "MR"
    """magnetic resonance, i.e., M-mode or cardiac navigator"""


class CardiacSignalSourceTermPerformedCTAcquisition(StrEnum):
    """Defined Terms of Cardiac Signal Source (0018,9085) in Performed CT Acquisition Module Attributes (C.34.10-1)."""

    ECG = "ECG"
    """Electrocardiogram."""
    VCG = "VCG"
    """Vector cardiogram."""
    PP = "PP"
    """Peripheral pulse."""
