"""Enumerated Values and Defined Terms of Waveform Filter Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "WaveformFilterType",
    "WaveformFilterTypeValue",
]


class WaveformFilterType(StrEnum):
    """Enumerated Values of Waveform Filter Type (003A,0322) in Waveform Filter Characteristics Macro Attributes (C.10.12-1)."""

    ANALOG = "ANALOG"
    DIGITAL = "DIGITAL"


if TYPE_CHECKING:
    WaveformFilterTypeValue: TypeAlias = WaveformFilterType | Literal["ANALOG", "DIGITAL"]
else:
    WaveformFilterTypeValue = WaveformFilterType
"""A value of WaveformFilterType: the enum or the string of one of its members."""
