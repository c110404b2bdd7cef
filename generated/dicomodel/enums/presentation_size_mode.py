"""Enumerated Values and Defined Terms of Presentation Size Mode.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "PresentationSizeMode",
    "PresentationSizeModeValue",
]


class PresentationSizeMode(StrEnum):
    """Enumerated Values of Presentation Size Mode (0070,0100) in Displayed Area Module Attributes (C.10-4)."""

    SCALE_TO_FIT = "SCALE TO FIT"
    TRUE_SIZE = "TRUE SIZE"
    MAGNIFY = "MAGNIFY"


if TYPE_CHECKING:
    PresentationSizeModeValue: TypeAlias = (
        PresentationSizeMode | Literal["SCALE TO FIT", "TRUE SIZE", "MAGNIFY"]
    )
else:
    PresentationSizeModeValue = PresentationSizeMode
"""A value of PresentationSizeMode: the enum or the string of one of its members."""
