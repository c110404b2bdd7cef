"""Enumerated Values and Defined Terms of Patient's Sex.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "PatientSex",
    "PatientSexValue",
]


class PatientSex(StrEnum):
    """Enumerated Values of Patient's Sex (0010,0040) in Patient Demographic Module Attributes (C.2-3)."""

    M = "M"
    """male"""
    F = "F"
    """female"""
    O = "O"
    """other"""


if TYPE_CHECKING:
    PatientSexValue: TypeAlias = PatientSex | Literal["M", "F", "O"]
else:
    PatientSexValue = PatientSex
"""A value of PatientSex: the enum or the string of one of its members."""
