"""Enumerated Values and Defined Terms of Block Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "BlockType",
    "BlockTypeValue",
]


class BlockType(StrEnum):
    """Enumerated Values of Block Type (300A,00F8) in RT Image Module Attributes (C.8-38)."""

    SHIELDING = "SHIELDING"
    """blocking material is inside contour"""
    APERTURE = "APERTURE"
    """blocking material is outside contour"""


if TYPE_CHECKING:
    BlockTypeValue: TypeAlias = BlockType | Literal["SHIELDING", "APERTURE"]
else:
    BlockTypeValue = BlockType
"""A value of BlockType: the enum or the string of one of its members."""
