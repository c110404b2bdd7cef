"""Enumerated Values and Defined Terms of Patient Motion Corrected.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "PatientMotionCorrected",
    "PatientMotionCorrectedValue",
]


class PatientMotionCorrected(StrEnum):
    """Enumerated Values of Patient Motion Corrected (0018,9763) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    PatientMotionCorrectedValue: TypeAlias = PatientMotionCorrected | Literal["YES", "NO"]
else:
    PatientMotionCorrectedValue = PatientMotionCorrected
"""A value of PatientMotionCorrected: the enum or the string of one of its members."""
