"""Enumerated Values and Defined Terms of Fluence Mode.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "FluenceMode",
    "FluenceModeValue",
]


class FluenceMode(StrEnum):
    """Enumerated Values of Fluence Mode (3002,0051) in RT Image Module Attributes (C.8-38)."""

    STANDARD = "STANDARD"
    """Uses standard fluence-shaping"""
    NON_STANDARD = "NON_STANDARD"
    """Uses a non-standard fluence-shaping mode"""


if TYPE_CHECKING:
    FluenceModeValue: TypeAlias = FluenceMode | Literal["STANDARD", "NON_STANDARD"]
else:
    FluenceModeValue = FluenceMode
"""A value of FluenceMode: the enum or the string of one of its members."""
