"""Enumerated Values and Defined Terms of Anatomical Orientation Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "AnatomicalOrientationType",
    "AnatomicalOrientationTypeValue",
]


class AnatomicalOrientationType(StrEnum):
    """Enumerated Values of Anatomical Orientation Type (0010,2210) in Scheduled Procedure Step Module Attributes (C.4-10)."""

    BIPED = "BIPED"
    QUADRUPED = "QUADRUPED"


if TYPE_CHECKING:
    AnatomicalOrientationTypeValue: TypeAlias = (
        AnatomicalOrientationType | Literal["BIPED", "QUADRUPED"]
    )
else:
    AnatomicalOrientationTypeValue = AnatomicalOrientationType
"""A value of AnatomicalOrientationType: the enum or the string of one of its members."""
