"""Enumerated Values and Defined Terms of Waveform Sample Interpretation.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class WaveformSampleInterpretationTerm(StrEnum):
    """Defined Terms of Waveform Sample Interpretation (5400,1006) in Waveform Module Attributes (C.10-9)."""

    _8 = "8"
    """SB"""
    _16 = "16"
    """SS"""
    _32 = "32"
    """SL"""
    _64 = "64"
    """SV"""
