"""Enumerated Values and Defined Terms of Radiotherapy Treatment Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "RadiotherapyTreatmentType",
    "RadiotherapyTreatmentTypeValue",
]


class RadiotherapyTreatmentType(StrEnum):
    """Enumerated Values of Radiotherapy Treatment Type (3010,0046) in RT Enhanced Prescription Module Attributes (C.36.6-1)."""

    TELETHERAPY = "TELETHERAPY"
    """Treatment in which the source of the radiation is at a distance from the body."""
    BRACHYTHERAPY = "BRACHYTHERAPY"
    """Treatment in which the source of radiation is placed close to the surface of the body or within the body."""


if TYPE_CHECKING:
    RadiotherapyTreatmentTypeValue: TypeAlias = (
        RadiotherapyTreatmentType | Literal["TELETHERAPY", "BRACHYTHERAPY"]
    )
else:
    RadiotherapyTreatmentTypeValue = RadiotherapyTreatmentType
"""A value of RadiotherapyTreatmentType: the enum or the string of one of its members."""
