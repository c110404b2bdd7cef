"""Enumerated Values and Defined Terms of Waveform Amplifier Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class WaveformAmplifierType(StrEnum):
    """Enumerated Values of Waveform Amplifier Type (003A,0317) in Waveform Module Attributes (C.10-9)."""

    AC = "AC"
    DC = "DC"
