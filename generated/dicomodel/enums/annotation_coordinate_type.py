"""Enumerated Values and Defined Terms of Annotation Coordinate Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "AnnotationCoordinateType",
    "AnnotationCoordinateTypeValue",
]


class AnnotationCoordinateType(StrEnum):
    """Enumerated Values of Annotation Coordinate Type (006A,0001) in Microscopy Bulk Simple Annotations Module Attributes (C.37.1-2)."""

    V2D = "2D"
    """relative to individual frame or total image matrix"""
    V3D = "3D"
    """relative to a Cartesian coordinate system defined by a Frame of Reference"""


if TYPE_CHECKING:
    AnnotationCoordinateTypeValue: TypeAlias = AnnotationCoordinateType | Literal["2D", "3D"]
else:
    AnnotationCoordinateTypeValue = AnnotationCoordinateType
"""A value of AnnotationCoordinateType: the enum or the string of one of its members."""
