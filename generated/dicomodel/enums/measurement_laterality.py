"""Enumerated Values and Defined Terms of Measurement Laterality.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "MeasurementLaterality",
    "MeasurementLateralityValue",
]


class MeasurementLaterality(StrEnum):
    """Enumerated Values of Measurement Laterality (0024,0113) in General Ophthalmic Refractive Measurements Module Attributes (C.8.25.7-1)."""

    R = "R"
    """right"""
    L = "L"
    """left"""
    B = "B"
    """both left and right together"""


if TYPE_CHECKING:
    MeasurementLateralityValue: TypeAlias = MeasurementLaterality | Literal["R", "L", "B"]
else:
    MeasurementLateralityValue = MeasurementLaterality
"""A value of MeasurementLaterality: the enum or the string of one of its members."""
