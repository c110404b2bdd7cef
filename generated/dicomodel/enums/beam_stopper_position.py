"""Enumerated Values and Defined Terms of Beam Stopper Position.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "BeamStopperPosition",
    "BeamStopperPositionValue",
]


class BeamStopperPosition(StrEnum):
    """Enumerated Values of Beam Stopper Position (3008,0230) in RT Beams Session Record Module Attributes (C.8-57)."""

    EXTENDED = "EXTENDED"
    """Beam Stopper extended"""
    RETRACTED = "RETRACTED"
    """Beam Stopper retracted"""
    UNKNOWN = "UNKNOWN"
    """Position unknown"""


if TYPE_CHECKING:
    BeamStopperPositionValue: TypeAlias = (
        BeamStopperPosition | Literal["EXTENDED", "RETRACTED", "UNKNOWN"]
    )
else:
    BeamStopperPositionValue = BeamStopperPosition
"""A value of BeamStopperPosition: the enum or the string of one of its members."""
