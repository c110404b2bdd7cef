"""Enumerated Values and Defined Terms of Rotation Direction.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "RotationDirection",
    "RotationDirectionValue",
]


class RotationDirection(StrEnum):
    """Enumerated Values of Rotation Direction (0018,1140) in CT Acquisition Details Macro Attributes (C.8-119)."""

    CW = "CW"
    """clockwise"""
    CC = "CC"
    """counter clockwise"""


if TYPE_CHECKING:
    RotationDirectionValue: TypeAlias = RotationDirection | Literal["CW", "CC"]
else:
    RotationDirectionValue = RotationDirection
"""A value of RotationDirection: the enum or the string of one of its members."""
