"""Enumerated Values and Defined Terms of Waveform Sample Interpretation.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "WaveformSampleInterpretationTerm",
]


class WaveformSampleInterpretationTerm(StrEnum):
    """Defined Terms of Waveform Sample Interpretation (5400,1006) in Waveform Module Attributes (C.10-9)."""

    V8 = "8"
    """SB"""
    V16 = "16"
    """SS"""
    V32 = "32"
    """SL"""
    V64 = "64"
    """SV"""
