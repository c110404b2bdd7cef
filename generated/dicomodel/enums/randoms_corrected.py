"""Enumerated Values and Defined Terms of Randoms Corrected.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "RandomsCorrected",
    "RandomsCorrectedValue",
]


class RandomsCorrected(StrEnum):
    """Enumerated Values of Randoms Corrected (0018,9765) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    RandomsCorrectedValue: TypeAlias = RandomsCorrected | Literal["YES", "NO"]
else:
    RandomsCorrectedValue = RandomsCorrected
"""A value of RandomsCorrected: the enum or the string of one of its members."""
