"""Enumerated Values and Defined Terms of Patient Support Rotation Direction.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "PatientSupportRotationDirection",
    "PatientSupportRotationDirectionValue",
]


class PatientSupportRotationDirection(StrEnum):
    """Enumerated Values of Patient Support Rotation Direction (300A,0123) in RT Beams Module Attributes (C.8-50)."""

    CW = "CW"
    """clockwise"""
    CC = "CC"
    """counter-clockwise"""
    NONE = "NONE"
    """no rotation"""


if TYPE_CHECKING:
    PatientSupportRotationDirectionValue: TypeAlias = (
        PatientSupportRotationDirection | Literal["CW", "CC", "NONE"]
    )
else:
    PatientSupportRotationDirectionValue = PatientSupportRotationDirection
"""A value of PatientSupportRotationDirection: the enum or the string of one of its members."""
