"""Enumerated Values and Defined Terms of Viewing Distance Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ViewingDistanceType",
    "ViewingDistanceTypeValue",
]


class ViewingDistanceType(StrEnum):
    """Enumerated Values of Viewing Distance Type (0046,0125) in Visual Acuity Measurements Module Attributes (C.8.25.12-1)."""

    DISTANCE = "DISTANCE"
    NEAR = "NEAR"
    INTERMEDIATE = "INTERMEDIATE"
    OTHER = "OTHER"


if TYPE_CHECKING:
    ViewingDistanceTypeValue: TypeAlias = (
        ViewingDistanceType | Literal["DISTANCE", "NEAR", "INTERMEDIATE", "OTHER"]
    )
else:
    ViewingDistanceTypeValue = ViewingDistanceType
"""A value of ViewingDistanceType: the enum or the string of one of its members."""
