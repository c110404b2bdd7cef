"""Enumerated Values and Defined Terms of Ophthalmic Axial Length Measurements Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "OphthalmicAxialLengthMeasurementsType",
    "OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelected",
    "OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelectedValue",
    "OphthalmicAxialLengthMeasurementsTypeValue",
]


class OphthalmicAxialLengthMeasurementsType(StrEnum):
    """Enumerated Values of Ophthalmic Axial Length Measurements Type (0022,1010) in Ophthalmic Axial Measurements Macro Attributes (C.8.25.14-2)."""

    TOTAL_LENGTH = "TOTAL LENGTH"
    """the total axial length was taken with one measurement"""
    LENGTH_SUMMATION = "LENGTH SUMMATION"
    """the total axial length is a summation of segmental lengths"""
    SEGMENTAL_LENGTH = "SEGMENTAL LENGTH"
    """the length of a segment of the axis"""


if TYPE_CHECKING:
    OphthalmicAxialLengthMeasurementsTypeValue: TypeAlias = (
        OphthalmicAxialLengthMeasurementsType
        | Literal["TOTAL LENGTH", "LENGTH SUMMATION", "SEGMENTAL LENGTH"]
    )
else:
    OphthalmicAxialLengthMeasurementsTypeValue = OphthalmicAxialLengthMeasurementsType
"""A value of OphthalmicAxialLengthMeasurementsType: the enum or the string of one of its members."""


class OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelected(StrEnum):
    """Enumerated Values of Ophthalmic Axial Length Measurements Type (0022,1010) in Ophthalmic Axial Measurements Selected Macro Attributes (C.8.25.14-5)."""

    TOTAL_LENGTH = "TOTAL LENGTH"
    """the total axial length was taken with one measurement"""
    LENGTH_SUMMATION = "LENGTH SUMMATION"
    """the total axial length is a summation of segmental lengths"""


if TYPE_CHECKING:
    OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelectedValue: TypeAlias = (
        OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelected
        | Literal["TOTAL LENGTH", "LENGTH SUMMATION"]
    )
else:
    OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelectedValue = (
        OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelected
    )
"""A value of OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelected: the enum or the string of one of its members."""
