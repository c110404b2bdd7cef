"""Enumerated Values and Defined Terms of Outline Shape Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "OutlineShapeType",
    "OutlineShapeTypeValue",
]


class OutlineShapeType(StrEnum):
    """Enumerated Values of Outline Shape Type (0018,1630) in Outline Definition Macro Attributes (10.38-1)."""

    RECTANGULAR = "RECTANGULAR"
    CIRCULAR = "CIRCULAR"
    POLYGONAL = "POLYGONAL"


if TYPE_CHECKING:
    OutlineShapeTypeValue: TypeAlias = (
        OutlineShapeType | Literal["RECTANGULAR", "CIRCULAR", "POLYGONAL"]
    )
else:
    OutlineShapeTypeValue = OutlineShapeType
"""A value of OutlineShapeType: the enum or the string of one of its members."""
