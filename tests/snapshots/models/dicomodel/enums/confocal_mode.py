"""Enumerated Values and Defined Terms of ConfocalMode.

Generated from DICOM 2099a; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ConfocalMode",
    "ConfocalModeValue",
]


class ConfocalMode(StrEnum):
    """Enumerated Values of ConfocalMode (0048,0114) in Tiny Image Module Attributes (T-1)."""

    REFLECTANCE = "REFLECTANCE"
    FLUORESCENCE = "FLUORESCENCE"


if TYPE_CHECKING:
    ConfocalModeValue: TypeAlias = ConfocalMode | Literal["REFLECTANCE", "FLUORESCENCE"]
else:
    ConfocalModeValue = ConfocalMode
"""A value of ConfocalMode: the enum or the string of one of its members."""
