"""Enumerated Values and Defined Terms of Ophthalmic Axial Length Method.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "OphthalmicAxialLengthMethod",
    "OphthalmicAxialLengthMethodValue",
]


class OphthalmicAxialLengthMethod(StrEnum):
    """Enumerated Values of Ophthalmic Axial Length Method (0022,1515) in Wide Field Ophthalmic Photography Stereographic Projection Module Attributes (C.8.17.11-1)."""

    MEASURED = "MEASURED"
    """Measured axial length."""
    ESTIMATED = "ESTIMATED"
    """An estimated value based upon performing the examination (i.e., based upon surrogate markers of axial length)."""
    POPULATION = "POPULATION"
    """A length that represents a population norm (i.e., not based upon a measured axial length or surrogate markers of axial length)."""


if TYPE_CHECKING:
    OphthalmicAxialLengthMethodValue: TypeAlias = (
        OphthalmicAxialLengthMethod | Literal["MEASURED", "ESTIMATED", "POPULATION"]
    )
else:
    OphthalmicAxialLengthMethodValue = OphthalmicAxialLengthMethod
"""A value of OphthalmicAxialLengthMethod: the enum or the string of one of its members."""
