"""Enumerated Values and Defined Terms of Extended Depth of Field.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ExtendedDepthOfField",
    "ExtendedDepthOfFieldValue",
]


class ExtendedDepthOfField(StrEnum):
    """Enumerated Values of Extended Depth of Field (0048,0012) in Whole Slide Microscopy Image Module Attributes (C.8.12.4-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    ExtendedDepthOfFieldValue: TypeAlias = ExtendedDepthOfField | Literal["YES", "NO"]
else:
    ExtendedDepthOfFieldValue = ExtendedDepthOfField
"""A value of ExtendedDepthOfField: the enum or the string of one of its members."""
