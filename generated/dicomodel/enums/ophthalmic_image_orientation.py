"""Enumerated Values and Defined Terms of Ophthalmic Image Orientation.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "OphthalmicImageOrientation",
    "OphthalmicImageOrientationValue",
]


class OphthalmicImageOrientation(StrEnum):
    """Enumerated Values of Ophthalmic Image Orientation (0022,0039) in Ophthalmic Frame Location Macro Attributes (C.8.17.10-1)."""

    LINEAR = "LINEAR"
    NONLINEAR = "NONLINEAR"
    TRANSVERSE = "TRANSVERSE"


if TYPE_CHECKING:
    OphthalmicImageOrientationValue: TypeAlias = (
        OphthalmicImageOrientation | Literal["LINEAR", "NONLINEAR", "TRANSVERSE"]
    )
else:
    OphthalmicImageOrientationValue = OphthalmicImageOrientation
"""A value of OphthalmicImageOrientation: the enum or the string of one of its members."""
