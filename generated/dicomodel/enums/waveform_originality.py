"""Enumerated Values and Defined Terms of Waveform Originality.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class WaveformOriginality(StrEnum):
    """Enumerated Values of Waveform Originality (003A,0004) in Waveform Module Attributes (C.10-9)."""

    ORIGINAL = "ORIGINAL"
    DERIVED = "DERIVED"
