"""Enumerated Values and Defined Terms of Volume Cropping Method.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "VolumeCroppingMethod",
    "VolumeCroppingMethodValue",
]


class VolumeCroppingMethod(StrEnum):
    """Enumerated Values of Volume Cropping Method (0070,1302) in Volume Cropping Module Attributes (C.11.24-1)."""

    BOUNDING_BOX = "BOUNDING_BOX"
    OBLIQUE_PLANES = "OBLIQUE_PLANES"
    INCLUDE_SEG = "INCLUDE_SEG"
    EXCLUDE_SEG = "EXCLUDE_SEG"


if TYPE_CHECKING:
    VolumeCroppingMethodValue: TypeAlias = (
        VolumeCroppingMethod
        | Literal["BOUNDING_BOX", "OBLIQUE_PLANES", "INCLUDE_SEG", "EXCLUDE_SEG"]
    )
else:
    VolumeCroppingMethodValue = VolumeCroppingMethod
"""A value of VolumeCroppingMethod: the enum or the string of one of its members."""
