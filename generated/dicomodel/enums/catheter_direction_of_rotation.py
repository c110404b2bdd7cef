"""Enumerated Values and Defined Terms of Catheter Direction of Rotation.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "CatheterDirectionOfRotation",
    "CatheterDirectionOfRotationValue",
]


class CatheterDirectionOfRotation(StrEnum):
    """Enumerated Values of Catheter Direction of Rotation (0052,0031) in Intravascular Image Acquisition Parameters Module Attributes (C.8.27.5-1)."""

    CW = "CW"
    """clockwise"""
    CC = "CC"
    """counter-clockwise"""


if TYPE_CHECKING:
    CatheterDirectionOfRotationValue: TypeAlias = CatheterDirectionOfRotation | Literal["CW", "CC"]
else:
    CatheterDirectionOfRotationValue = CatheterDirectionOfRotation
"""A value of CatheterDirectionOfRotation: the enum or the string of one of its members."""
