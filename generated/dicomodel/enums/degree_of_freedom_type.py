"""Enumerated Values and Defined Terms of Degree of Freedom Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "DegreeOfFreedomType",
    "DegreeOfFreedomTypeValue",
]


class DegreeOfFreedomType(StrEnum):
    """Enumerated Values of Degree of Freedom Type (0068,6420) in Generic Implant Template Mating Features Module Attributes (C.29.1.4-1)."""

    TRANSLATION = "TRANSLATION"
    ROTATION = "ROTATION"


if TYPE_CHECKING:
    DegreeOfFreedomTypeValue: TypeAlias = DegreeOfFreedomType | Literal["TRANSLATION", "ROTATION"]
else:
    DegreeOfFreedomTypeValue = DegreeOfFreedomType
"""A value of DegreeOfFreedomType: the enum or the string of one of its members."""
