"""Enumerated Values and Defined Terms of Gantry Motion Corrected.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "GantryMotionCorrected",
    "GantryMotionCorrectedValue",
]


class GantryMotionCorrected(StrEnum):
    """Enumerated Values of Gantry Motion Corrected (0018,9762) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    GantryMotionCorrectedValue: TypeAlias = GantryMotionCorrected | Literal["YES", "NO"]
else:
    GantryMotionCorrectedValue = GantryMotionCorrected
"""A value of GantryMotionCorrected: the enum or the string of one of its members."""
