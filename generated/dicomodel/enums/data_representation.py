"""Enumerated Values and Defined Terms of Data Representation.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "DataRepresentation",
    "DataRepresentationValue",
]


class DataRepresentation(StrEnum):
    """Enumerated Values of Data Representation (0028,9108) in MR Spectroscopy Data Module Attributes (C.8-106)."""

    COMPLEX = "COMPLEX"
    """Data is complex pair"""
    REAL = "REAL"
    """Data contains only real component"""
    IMAGINARY = "IMAGINARY"
    """Data contains only imaginary component"""
    MAGNITUDE = "MAGNITUDE"
    """Magnitude data"""


if TYPE_CHECKING:
    DataRepresentationValue: TypeAlias = (
        DataRepresentation | Literal["COMPLEX", "REAL", "IMAGINARY", "MAGNITUDE"]
    )
else:
    DataRepresentationValue = DataRepresentation
"""A value of DataRepresentation: the enum or the string of one of its members."""
