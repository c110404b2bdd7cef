"""Enumerated Values and Defined Terms of Manifold.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "Manifold",
    "ManifoldValue",
]


class Manifold(StrEnum):
    """Enumerated Values of Manifold (0066,0010) in Surface Mesh Module Attributes (C.27-1)."""

    YES = "YES"
    """Manifold in every point"""
    NO = "NO"
    """Does contain non-manifold points"""
    UNKNOWN = "UNKNOWN"
    """Might or might not contain non-manifold points"""


if TYPE_CHECKING:
    ManifoldValue: TypeAlias = Manifold | Literal["YES", "NO", "UNKNOWN"]
else:
    ManifoldValue = Manifold
"""A value of Manifold: the enum or the string of one of its members."""
