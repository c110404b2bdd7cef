"""Enumerated Values and Defined Terms of Table Top Roll Rotation Direction.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "TableTopRollRotationDirection",
    "TableTopRollRotationDirectionValue",
]


class TableTopRollRotationDirection(StrEnum):
    """Enumerated Values of Table Top Roll Rotation Direction (300A,0146) in RT Beams Module Attributes (C.8-50)."""

    CW = "CW"
    """clockwise"""
    CC = "CC"
    """counter-clockwise"""
    NONE = "NONE"
    """no rotation"""


if TYPE_CHECKING:
    TableTopRollRotationDirectionValue: TypeAlias = (
        TableTopRollRotationDirection | Literal["CW", "CC", "NONE"]
    )
else:
    TableTopRollRotationDirectionValue = TableTopRollRotationDirection
"""A value of TableTopRollRotationDirection: the enum or the string of one of its members."""
