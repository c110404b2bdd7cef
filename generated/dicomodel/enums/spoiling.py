"""Enumerated Values and Defined Terms of Spoiling.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "Spoiling",
    "SpoilingValue",
]


class Spoiling(StrEnum):
    """Enumerated Values of Spoiling (0018,9016) in MR Modifier Macro Attributes (C.8-92)."""

    RF = "RF"
    """RF spoiled"""
    GRADIENT = "GRADIENT"
    """gradient spoiled"""
    RF_AND_GRADIENT = "RF_AND_GRADIENT"
    NONE = "NONE"


if TYPE_CHECKING:
    SpoilingValue: TypeAlias = Spoiling | Literal["RF", "GRADIENT", "RF_AND_GRADIENT", "NONE"]
else:
    SpoilingValue = Spoiling
"""A value of Spoiling: the enum or the string of one of its members."""
