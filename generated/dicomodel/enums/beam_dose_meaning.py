"""Enumerated Values and Defined Terms of Beam Dose Meaning.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "BeamDoseMeaning",
    "BeamDoseMeaningValue",
]


class BeamDoseMeaning(StrEnum):
    """Enumerated Values of Beam Dose Meaning (300A,008B) in RT Fraction Scheme Module Attributes (C.8-49)."""

    BEAM_LEVEL = "BEAM_LEVEL"
    """Beam Dose value is individually calculated for this Beam"""
    FRACTION_LEVEL = "FRACTION_LEVEL"
    """Dose is calculated on the Fraction level, and the value of Beam Dose (300A,0084) is assigned to the Beam to carry a nominally distributed dose only."""


if TYPE_CHECKING:
    BeamDoseMeaningValue: TypeAlias = BeamDoseMeaning | Literal["BEAM_LEVEL", "FRACTION_LEVEL"]
else:
    BeamDoseMeaningValue = BeamDoseMeaning
"""A value of BeamDoseMeaning: the enum or the string of one of its members."""
