"""Enumerated Values and Defined Terms of Blending Position.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "BlendingPosition",
    "BlendingPositionValue",
]


class BlendingPosition(StrEnum):
    """Enumerated Values of Blending Position (0070,0405) in Presentation State Blending Module Attributes (C.11.14-1)."""

    SUPERIMPOSED = "SUPERIMPOSED"
    UNDERLYING = "UNDERLYING"


if TYPE_CHECKING:
    BlendingPositionValue: TypeAlias = BlendingPosition | Literal["SUPERIMPOSED", "UNDERLYING"]
else:
    BlendingPositionValue = BlendingPosition
"""A value of BlendingPosition: the enum or the string of one of its members."""
