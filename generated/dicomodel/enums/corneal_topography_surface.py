"""Enumerated Values and Defined Terms of Corneal Topography Surface.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "CornealTopographySurface",
    "CornealTopographySurfaceValue",
]


class CornealTopographySurface(StrEnum):
    """Enumerated Values of Corneal Topography Surface (0046,0201) in Corneal Topography Map Analysis Module Attributes (C.8.30.3-1)."""

    A = "A"
    """Anterior"""
    P = "P"
    """Posterior"""


if TYPE_CHECKING:
    CornealTopographySurfaceValue: TypeAlias = CornealTopographySurface | Literal["A", "P"]
else:
    CornealTopographySurfaceValue = CornealTopographySurface
"""A value of CornealTopographySurface: the enum or the string of one of its members."""
