"""Enumerated Values and Defined Terms of Display Shading Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "DisplayShadingFlag",
    "DisplayShadingFlagValue",
]


class DisplayShadingFlag(StrEnum):
    """Enumerated Values of Display Shading Flag (003A,0246) in Waveform Module Attributes (C.10-9)."""

    NONE = "NONE"
    """no shading"""
    BASELINE = "BASELINE"
    """shading between the waveform and the channel display baseline (sample value 0 equivalent location)"""
    ABSOLUTE = "ABSOLUTE"
    """shading between the waveform and the channel real world actual value 0 (i.e., taking into account the Channel Baseline (003A,0213) value)"""
    DIFFERENCE = "DIFFERENCE"
    """shading between the waveform and a second waveform in the Presentation Group at the same Channel Position that also has Display Shading Flag (003A,0246) value DIFFERENCE."""


if TYPE_CHECKING:
    DisplayShadingFlagValue: TypeAlias = (
        DisplayShadingFlag | Literal["NONE", "BASELINE", "ABSOLUTE", "DIFFERENCE"]
    )
else:
    DisplayShadingFlagValue = DisplayShadingFlag
"""A value of DisplayShadingFlag: the enum or the string of one of its members."""
