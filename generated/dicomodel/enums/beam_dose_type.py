"""Enumerated Values and Defined Terms of Beam Dose Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "BeamDoseType",
    "BeamDoseTypeValue",
]


class BeamDoseType(StrEnum):
    """Enumerated Values of Beam Dose Type (300A,0090) in RT Fraction Scheme Module Attributes (C.8-49)."""

    PHYSICAL = "PHYSICAL"
    EFFECTIVE = "EFFECTIVE"


if TYPE_CHECKING:
    BeamDoseTypeValue: TypeAlias = BeamDoseType | Literal["PHYSICAL", "EFFECTIVE"]
else:
    BeamDoseTypeValue = BeamDoseType
"""A value of BeamDoseType: the enum or the string of one of its members."""
