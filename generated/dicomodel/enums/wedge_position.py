"""Enumerated Values and Defined Terms of Wedge Position.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "WedgePosition",
    "WedgePositionRTBeams",
    "WedgePositionRTBeamsValue",
    "WedgePositionValue",
]


class WedgePosition(StrEnum):
    """Enumerated Values of Wedge Position (300A,0118) in Wedge Positions Macro Attributes (C.36.2.2.11-1)."""

    IN = "IN"
    """The compensator surface shape is directed towards the patient."""
    OUT = "OUT"
    """The wedge is in fully retracted position."""
    PARTIAL = "PARTIAL"
    """The wedge is inserted only part of the way."""


if TYPE_CHECKING:
    WedgePositionValue: TypeAlias = WedgePosition | Literal["IN", "OUT", "PARTIAL"]
else:
    WedgePositionValue = WedgePosition
"""A value of WedgePosition: the enum or the string of one of its members."""


class WedgePositionRTBeams(StrEnum):
    """Enumerated Values of Wedge Position (300A,0118) in RT Beams Module Attributes (C.8-50)."""

    IN = "IN"
    OUT = "OUT"


if TYPE_CHECKING:
    WedgePositionRTBeamsValue: TypeAlias = WedgePositionRTBeams | Literal["IN", "OUT"]
else:
    WedgePositionRTBeamsValue = WedgePositionRTBeams
"""A value of WedgePositionRTBeams: the enum or the string of one of its members."""
