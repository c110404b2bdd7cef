"""Enumerated Values and Defined Terms of ROI Generation Algorithm.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ROIGenerationAlgorithmTerm",
]


class ROIGenerationAlgorithmTerm(StrEnum):
    """Defined Terms of ROI Generation Algorithm (3006,0036) in Structure Set Module Attributes (C.8-41)."""

    AUTOMATIC = "AUTOMATIC"
    """calculated ROI"""
    SEMIAUTOMATIC = "SEMIAUTOMATIC"
    """ROI calculated with user assistance"""
    MANUAL = "MANUAL"
    """user-entered ROI"""
