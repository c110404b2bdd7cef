"""Enumerated Values and Defined Terms of Excessive False Positives.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ExcessiveFalsePositives",
    "ExcessiveFalsePositivesValue",
]


class ExcessiveFalsePositives(StrEnum):
    """Enumerated Values of Excessive False Positives (0024,0062) in Visual Field Static Perimetry Test Reliability Module Attributes (C.8.26.3-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    ExcessiveFalsePositivesValue: TypeAlias = ExcessiveFalsePositives | Literal["YES", "NO"]
else:
    ExcessiveFalsePositivesValue = ExcessiveFalsePositives
"""A value of ExcessiveFalsePositives: the enum or the string of one of its members."""
