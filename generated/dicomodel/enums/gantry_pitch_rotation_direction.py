"""Enumerated Values and Defined Terms of Gantry Pitch Rotation Direction.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "GantryPitchRotationDirection",
    "GantryPitchRotationDirectionValue",
]


class GantryPitchRotationDirection(StrEnum):
    """Enumerated Values of Gantry Pitch Rotation Direction (300A,014C) in RT Beams Module Attributes (C.8-50)."""

    CW = "CW"
    """clockwise"""
    CC = "CC"
    """counter-clockwise"""
    NONE = "NONE"
    """no rotation"""


if TYPE_CHECKING:
    GantryPitchRotationDirectionValue: TypeAlias = (
        GantryPitchRotationDirection | Literal["CW", "CC", "NONE"]
    )
else:
    GantryPitchRotationDirectionValue = GantryPitchRotationDirection
"""A value of GantryPitchRotationDirection: the enum or the string of one of its members."""
