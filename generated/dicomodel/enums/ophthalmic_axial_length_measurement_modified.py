"""Enumerated Values and Defined Terms of Ophthalmic Axial Length Measurement Modified.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "OphthalmicAxialLengthMeasurementModified",
    "OphthalmicAxialLengthMeasurementModifiedValue",
]


class OphthalmicAxialLengthMeasurementModified(StrEnum):
    """Enumerated Values of Ophthalmic Axial Length Measurement Modified (0022,1140) in Ophthalmic Axial Measurements Macro Attributes (C.8.25.14-2)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    OphthalmicAxialLengthMeasurementModifiedValue: TypeAlias = (
        OphthalmicAxialLengthMeasurementModified | Literal["YES", "NO"]
    )
else:
    OphthalmicAxialLengthMeasurementModifiedValue = OphthalmicAxialLengthMeasurementModified
"""A value of OphthalmicAxialLengthMeasurementModified: the enum or the string of one of its members."""
