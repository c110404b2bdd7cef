"""Enumerated Values and Defined Terms of Waveform Originality.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "WaveformOriginality",
    "WaveformOriginalityValue",
]


class WaveformOriginality(StrEnum):
    """Enumerated Values of Waveform Originality (003A,0004) in Waveform Module Attributes (C.10-9)."""

    ORIGINAL = "ORIGINAL"
    DERIVED = "DERIVED"


if TYPE_CHECKING:
    WaveformOriginalityValue: TypeAlias = WaveformOriginality | Literal["ORIGINAL", "DERIVED"]
else:
    WaveformOriginalityValue = WaveformOriginality
"""A value of WaveformOriginality: the enum or the string of one of its members."""
