"""Enumerated Values and Defined Terms of Decay Corrected.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "DecayCorrected",
    "DecayCorrectedValue",
]


class DecayCorrected(StrEnum):
    """Enumerated Values of Decay Corrected (0018,9758) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    DecayCorrectedValue: TypeAlias = DecayCorrected | Literal["YES", "NO"]
else:
    DecayCorrectedValue = DecayCorrected
"""A value of DecayCorrected: the enum or the string of one of its members."""
