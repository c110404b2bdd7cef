"""Enumerated Values and Defined Terms of Waveform Amplifier Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "WaveformAmplifierType",
    "WaveformAmplifierTypeValue",
]


class WaveformAmplifierType(StrEnum):
    """Enumerated Values of Waveform Amplifier Type (003A,0317) in Waveform Module Attributes (C.10-9)."""

    AC = "AC"
    DC = "DC"


if TYPE_CHECKING:
    WaveformAmplifierTypeValue: TypeAlias = WaveformAmplifierType | Literal["AC", "DC"]
else:
    WaveformAmplifierTypeValue = WaveformAmplifierType
"""A value of WaveformAmplifierType: the enum or the string of one of its members."""
