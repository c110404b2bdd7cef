"""Enumerated Values and Defined Terms of MPR Thickness Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "MPRThicknessType",
    "MPRThicknessTypeValue",
]


class MPRThicknessType(StrEnum):
    """Enumerated Values of MPR Thickness Type (0070,1502) in Multi-Planar Reconstruction Geometry Module Attributes (C.11.26-1)."""

    THIN = "THIN"
    """a rendering of nominally minimal but unspecified thickness"""
    SLAB = "SLAB"
    """an orthographic rendering of a volume with a defined thickness"""


if TYPE_CHECKING:
    MPRThicknessTypeValue: TypeAlias = MPRThicknessType | Literal["THIN", "SLAB"]
else:
    MPRThicknessTypeValue = MPRThicknessType
"""A value of MPRThicknessType: the enum or the string of one of its members."""
