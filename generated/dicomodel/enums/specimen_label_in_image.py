"""Enumerated Values and Defined Terms of Specimen Label in Image.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "SpecimenLabelInImage",
    "SpecimenLabelInImageValue",
]


class SpecimenLabelInImage(StrEnum):
    """Enumerated Values of Specimen Label in Image (0048,0010) in Whole Slide Microscopy Image Module Attributes (C.8.12.4-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    SpecimenLabelInImageValue: TypeAlias = SpecimenLabelInImage | Literal["YES", "NO"]
else:
    SpecimenLabelInImageValue = SpecimenLabelInImage
"""A value of SpecimenLabelInImage: the enum or the string of one of its members."""
