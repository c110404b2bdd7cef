"""Enumerated Values and Defined Terms of Contour Geometric Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ContourGeometricType",
    "ContourGeometricTypeValue",
]


class ContourGeometricType(StrEnum):
    """Enumerated Values of Contour Geometric Type (3006,0042) in ROI Contour Module Attributes (C.8-42)."""

    POINT = "POINT"
    """single point"""
    OPEN_PLANAR = "OPEN_PLANAR"
    """open contour containing coplanar points"""
    OPEN_NONPLANAR = "OPEN_NONPLANAR"
    """open contour containing non-coplanar points"""
    CLOSED_PLANAR = "CLOSED_PLANAR"
    """closed contour (polygon) containing coplanar points"""
    CLOSEDPLANAR_XOR = "CLOSEDPLANAR_XOR"
    """closed contour (polygon) containing coplanar points of an inner or outer contour combined using an XOR operator"""


if TYPE_CHECKING:
    ContourGeometricTypeValue: TypeAlias = (
        ContourGeometricType
        | Literal["POINT", "OPEN_PLANAR", "OPEN_NONPLANAR", "CLOSED_PLANAR", "CLOSEDPLANAR_XOR"]
    )
else:
    ContourGeometricTypeValue = ContourGeometricType
"""A value of ContourGeometricType: the enum or the string of one of its members."""
