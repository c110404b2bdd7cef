"""Enumerated Values and Defined Terms of Waveform Filter Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class WaveformFilterType(StrEnum):
    """Enumerated Values of Waveform Filter Type (003A,0322) in Waveform Filter Characteristics Macro Attributes (C.10.12-1)."""

    ANALOG = "ANALOG"
    DIGITAL = "DIGITAL"
