"""Enumerated Values and Defined Terms of SUV Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "SUVType",
    "SUVTypeValue",
]


class SUVType(StrEnum):
    """Enumerated Values of SUV Type (0054,1006) in PET Series Module Attributes (C.8-60)."""

    BSA = "BSA"
    """body surface area"""
    BW = "BW"
    """body weight"""
    LBM = "LBM"
    """lean body mass by James method"""
    LBMJAMES128 = "LBMJAMES128"
    """lean body mass by James method using a multiplier of 128 for males"""
    LBMJANMA = "LBMJANMA"
    """lean body mass by Janmahasatian method"""
    IBW = "IBW"
    """ideal body weight"""


if TYPE_CHECKING:
    SUVTypeValue: TypeAlias = (
        SUVType | Literal["BSA", "BW", "LBM", "LBMJAMES128", "LBMJANMA", "IBW"]
    )
else:
    SUVTypeValue = SUVType
"""A value of SUVType: the enum or the string of one of its members."""
