"""Enumerated Values and Defined Terms of Patient Eye Movement Commanded.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "PatientEyeMovementCommanded",
    "PatientEyeMovementCommandedValue",
]


class PatientEyeMovementCommanded(StrEnum):
    """Enumerated Values of Patient Eye Movement Commanded (0022,0005) in Ophthalmic Photography Acquisition Parameters Module Attributes (C.8.17.4-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    PatientEyeMovementCommandedValue: TypeAlias = PatientEyeMovementCommanded | Literal["YES", "NO"]
else:
    PatientEyeMovementCommandedValue = PatientEyeMovementCommanded
"""A value of PatientEyeMovementCommanded: the enum or the string of one of its members."""
