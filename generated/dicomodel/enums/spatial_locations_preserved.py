"""Enumerated Values and Defined Terms of Spatial Locations Preserved.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "SpatialLocationsPreserved",
    "SpatialLocationsPreservedValue",
]


class SpatialLocationsPreserved(StrEnum):
    """Enumerated Values of Spatial Locations Preserved (0028,135A) in Derivation Image Macro Attributes (C.7.6.16-7)."""

    YES = "YES"
    NO = "NO"
    REORIENTED_ONLY = "REORIENTED_ONLY"
    """A projection radiograph that has been flipped, and/or rotated by a multiple of 90 degrees"""


if TYPE_CHECKING:
    SpatialLocationsPreservedValue: TypeAlias = (
        SpatialLocationsPreserved | Literal["YES", "NO", "REORIENTED_ONLY"]
    )
else:
    SpatialLocationsPreservedValue = SpatialLocationsPreserved
"""A value of SpatialLocationsPreserved: the enum or the string of one of its members."""
