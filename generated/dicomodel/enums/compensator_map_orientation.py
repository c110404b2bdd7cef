"""Enumerated Values and Defined Terms of Compensator Map Orientation.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "CompensatorMapOrientation",
    "CompensatorMapOrientationValue",
]


class CompensatorMapOrientation(StrEnum):
    """Enumerated Values of Compensator Map Orientation (300A,0663) in Compensators Definition Macro Attributes (C.36.2.2.12-1)."""

    PATIENT_SIDE = "PATIENT_SIDE"
    """The compensator surface shape is directed towards the patient."""
    SOURCE_SIDE = "SOURCE_SIDE"
    """The compensator surface shape is directed towards the Radiation Source."""
    DOUBLE_SIDED = "DOUBLE_SIDED"
    """The compensator has two compensator surface shapes which are directed towards the patient and source respectively."""


if TYPE_CHECKING:
    CompensatorMapOrientationValue: TypeAlias = (
        CompensatorMapOrientation | Literal["PATIENT_SIDE", "SOURCE_SIDE", "DOUBLE_SIDED"]
    )
else:
    CompensatorMapOrientationValue = CompensatorMapOrientation
"""A value of CompensatorMapOrientation: the enum or the string of one of its members."""
