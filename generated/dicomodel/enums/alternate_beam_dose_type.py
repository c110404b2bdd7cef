"""Enumerated Values and Defined Terms of Alternate Beam Dose Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "AlternateBeamDoseType",
    "AlternateBeamDoseTypeValue",
]


class AlternateBeamDoseType(StrEnum):
    """Enumerated Values of Alternate Beam Dose Type (300A,0092) in RT Fraction Scheme Module Attributes (C.8-49)."""

    PHYSICAL = "PHYSICAL"
    EFFECTIVE = "EFFECTIVE"


if TYPE_CHECKING:
    AlternateBeamDoseTypeValue: TypeAlias = AlternateBeamDoseType | Literal["PHYSICAL", "EFFECTIVE"]
else:
    AlternateBeamDoseTypeValue = AlternateBeamDoseType
"""A value of AlternateBeamDoseType: the enum or the string of one of its members."""
