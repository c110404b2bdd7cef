"""Enumerated Values and Defined Terms of Scatter Corrected.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ScatterCorrected",
    "ScatterCorrectedValue",
]


class ScatterCorrected(StrEnum):
    """Enumerated Values of Scatter Corrected (0018,9760) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    ScatterCorrectedValue: TypeAlias = ScatterCorrected | Literal["YES", "NO"]
else:
    ScatterCorrectedValue = ScatterCorrected
"""A value of ScatterCorrected: the enum or the string of one of its members."""
