"""Enumerated Values and Defined Terms of Randoms Correction Method.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "RandomsCorrectionMethodTerm",
    "RandomsCorrectionMethodTermEnhancedPETCorrections",
]


class RandomsCorrectionMethodTerm(StrEnum):
    """Defined Terms of Randoms Correction Method (0054,1100) in PET Series Module Attributes (C.8-60)."""

    NONE = "NONE"
    """no randoms correction"""
    DLYD = "DLYD"
    """delayed event subtraction"""
    SING = "SING"
    """singles estimation"""


class RandomsCorrectionMethodTermEnhancedPETCorrections(StrEnum):
    """Defined Terms of Randoms Correction Method (0054,1100) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

    DLYD = "DLYD"
    """delayed event subtraction"""
    SING = "SING"
    """singles estimation"""
    PDDL = "PDDL"
    """Processed Delays, which is a correction based on a processed (filtered) version of the data acquired from the delayed coincidence channel."""
