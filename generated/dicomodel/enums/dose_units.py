"""Enumerated Values and Defined Terms of Dose Units.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "DoseUnits",
    "DoseUnitsValue",
]


class DoseUnits(StrEnum):
    """Enumerated Values of Dose Units (3004,0002) in RT Dose Module Attributes (C.8-39)."""

    GY = "GY"
    """Gray"""
    RELATIVE = "RELATIVE"
    """dose relative to implicit reference value"""


if TYPE_CHECKING:
    DoseUnitsValue: TypeAlias = DoseUnits | Literal["GY", "RELATIVE"]
else:
    DoseUnitsValue = DoseUnits
"""A value of DoseUnits: the enum or the string of one of its members."""
