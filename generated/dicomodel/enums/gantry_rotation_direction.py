"""Enumerated Values and Defined Terms of Gantry Rotation Direction.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "GantryRotationDirection",
    "GantryRotationDirectionValue",
]


class GantryRotationDirection(StrEnum):
    """Enumerated Values of Gantry Rotation Direction (300A,011F) in RT Beams Module Attributes (C.8-50)."""

    CW = "CW"
    """clockwise"""
    CC = "CC"
    """counter-clockwise"""
    NONE = "NONE"
    """no rotation"""


if TYPE_CHECKING:
    GantryRotationDirectionValue: TypeAlias = GantryRotationDirection | Literal["CW", "CC", "NONE"]
else:
    GantryRotationDirectionValue = GantryRotationDirection
"""A value of GantryRotationDirection: the enum or the string of one of its members."""
