"""Enumerated Values and Defined Terms of Source Strength Units.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "SourceStrengthUnits",
    "SourceStrengthUnitsValue",
]


class SourceStrengthUnits(StrEnum):
    """Enumerated Values of Source Strength Units (300A,0229) in RT Brachy Application Setups Module Attributes (C.8-51)."""

    AIR_KERMA_RATE = "AIR_KERMA_RATE"
    """Air Kerma Rate if Source is Gamma emitting Isotope."""
    DOSE_RATE_WATER = "DOSE_RATE_WATER"
    """Dose Rate in Water if Source is Beta emitting Isotope."""


if TYPE_CHECKING:
    SourceStrengthUnitsValue: TypeAlias = (
        SourceStrengthUnits | Literal["AIR_KERMA_RATE", "DOSE_RATE_WATER"]
    )
else:
    SourceStrengthUnitsValue = SourceStrengthUnits
"""A value of SourceStrengthUnits: the enum or the string of one of its members."""
