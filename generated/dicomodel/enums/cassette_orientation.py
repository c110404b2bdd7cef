"""Enumerated Values and Defined Terms of Cassette Orientation.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "CassetteOrientation",
    "CassetteOrientationValue",
]


class CassetteOrientation(StrEnum):
    """Enumerated Values of Cassette Orientation (0018,1402) in CR Image Module Attributes (C.8-2)."""

    LANDSCAPE = "LANDSCAPE"
    PORTRAIT = "PORTRAIT"


if TYPE_CHECKING:
    CassetteOrientationValue: TypeAlias = CassetteOrientation | Literal["LANDSCAPE", "PORTRAIT"]
else:
    CassetteOrientationValue = CassetteOrientation
"""A value of CassetteOrientation: the enum or the string of one of its members."""
