"""Enumerated Values and Defined Terms of Fraction Group Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "FractionGroupType",
    "FractionGroupTypeValue",
]


class FractionGroupType(StrEnum):
    """Enumerated Values of Fraction Group Type (3008,0224) in RT Treatment Summary Record Module Attributes (C.8-59)."""

    EXTERNAL_BEAM = "EXTERNAL_BEAM"
    BRACHY = "BRACHY"


if TYPE_CHECKING:
    FractionGroupTypeValue: TypeAlias = FractionGroupType | Literal["EXTERNAL_BEAM", "BRACHY"]
else:
    FractionGroupTypeValue = FractionGroupType
"""A value of FractionGroupType: the enum or the string of one of its members."""
