"""Enumerated Values and Defined Terms of Confocal Mode.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ConfocalMode",
    "ConfocalModeValue",
]


class ConfocalMode(StrEnum):
    """Enumerated Values of Confocal Mode (0048,0114) in Confocal Microscopy Image Module Attributes (C.8.35.1-1)."""

    REFLECTANCE = "REFLECTANCE"
    FLUORESCENCE = "FLUORESCENCE"


if TYPE_CHECKING:
    ConfocalModeValue: TypeAlias = ConfocalMode | Literal["REFLECTANCE", "FLUORESCENCE"]
else:
    ConfocalModeValue = ConfocalMode
"""A value of ConfocalMode: the enum or the string of one of its members."""
