"""Enumerated Values and Defined Terms of Table Top Pitch Rotation Direction.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "TableTopPitchRotationDirection",
    "TableTopPitchRotationDirectionValue",
]


class TableTopPitchRotationDirection(StrEnum):
    """Enumerated Values of Table Top Pitch Rotation Direction (300A,0142) in RT Beams Module Attributes (C.8-50)."""

    CW = "CW"
    """clockwise"""
    CC = "CC"
    """counter-clockwise"""
    NONE = "NONE"
    """no rotation"""


if TYPE_CHECKING:
    TableTopPitchRotationDirectionValue: TypeAlias = (
        TableTopPitchRotationDirection | Literal["CW", "CC", "NONE"]
    )
else:
    TableTopPitchRotationDirectionValue = TableTopPitchRotationDirection
"""A value of TableTopPitchRotationDirection: the enum or the string of one of its members."""
