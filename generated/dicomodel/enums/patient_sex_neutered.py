"""Enumerated Values and Defined Terms of Patient's Sex Neutered.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "PatientSexNeutered",
    "PatientSexNeuteredValue",
]


class PatientSexNeutered(StrEnum):
    """Enumerated Values of Patient's Sex Neutered (0010,2203) in Patient Medical Module Attributes (C.2-4)."""

    ALTERED = "ALTERED"
    """Altered/Neutered"""
    UNALTERED = "UNALTERED"
    """Unaltered/intact"""


if TYPE_CHECKING:
    PatientSexNeuteredValue: TypeAlias = PatientSexNeutered | Literal["ALTERED", "UNALTERED"]
else:
    PatientSexNeuteredValue = PatientSexNeutered
"""A value of PatientSexNeutered: the enum or the string of one of its members."""
