"""Enumerated Values and Defined Terms of Excessive False Negatives.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ExcessiveFalseNegatives",
    "ExcessiveFalseNegativesValue",
]


class ExcessiveFalseNegatives(StrEnum):
    """Enumerated Values of Excessive False Negatives (0024,0052) in Visual Field Static Perimetry Test Reliability Module Attributes (C.8.26.3-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    ExcessiveFalseNegativesValue: TypeAlias = ExcessiveFalseNegatives | Literal["YES", "NO"]
else:
    ExcessiveFalseNegativesValue = ExcessiveFalseNegatives
"""A value of ExcessiveFalseNegatives: the enum or the string of one of its members."""
