"""Enumerated Values and Defined Terms of Table Top Eccentric Rotation Direction.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "TableTopEccentricRotationDirection",
    "TableTopEccentricRotationDirectionValue",
]


class TableTopEccentricRotationDirection(StrEnum):
    """Enumerated Values of Table Top Eccentric Rotation Direction (300A,0126) in RT Beams Module Attributes (C.8-50)."""

    CW = "CW"
    """clockwise"""
    CC = "CC"
    """counter-clockwise"""
    NONE = "NONE"
    """no rotation"""


if TYPE_CHECKING:
    TableTopEccentricRotationDirectionValue: TypeAlias = (
        TableTopEccentricRotationDirection | Literal["CW", "CC", "NONE"]
    )
else:
    TableTopEccentricRotationDirectionValue = TableTopEccentricRotationDirection
"""A value of TableTopEccentricRotationDirection: the enum or the string of one of its members."""
