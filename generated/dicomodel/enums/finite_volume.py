"""Enumerated Values and Defined Terms of Finite Volume.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "FiniteVolume",
    "FiniteVolumeValue",
]


class FiniteVolume(StrEnum):
    """Enumerated Values of Finite Volume (0066,000E) in Surface Mesh Module Attributes (C.27-1)."""

    YES = "YES"
    """Contains a finite volume"""
    NO = "NO"
    """Does not contain a finite volume"""
    UNKNOWN = "UNKNOWN"
    """Might or might not contain a finite volume"""


if TYPE_CHECKING:
    FiniteVolumeValue: TypeAlias = FiniteVolume | Literal["YES", "NO", "UNKNOWN"]
else:
    FiniteVolumeValue = FiniteVolume
"""A value of FiniteVolume: the enum or the string of one of its members."""
