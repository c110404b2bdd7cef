"""Enumerated Values and Defined Terms of Decay Correction.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "DecayCorrectionTerm",
]


class DecayCorrectionTerm(StrEnum):
    """Defined Terms of Decay Correction (0054,1102) in PET Series Module Attributes (C.8-60)."""

    NONE = "NONE"
    """no decay correction"""
    START = "START"
    """acquisition start time"""
    ADMIN = "ADMIN"
    """radiopharmaceutical administration time"""
