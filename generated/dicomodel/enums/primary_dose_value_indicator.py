"""Enumerated Values and Defined Terms of Primary Dose Value Indicator.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "PrimaryDoseValueIndicator",
    "PrimaryDoseValueIndicatorValue",
]


class PrimaryDoseValueIndicator(StrEnum):
    """Enumerated Values of Primary Dose Value Indicator (300A,061B) in RT Dose Contribution Module Attributes (C.36.11-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    PrimaryDoseValueIndicatorValue: TypeAlias = PrimaryDoseValueIndicator | Literal["YES", "NO"]
else:
    PrimaryDoseValueIndicatorValue = PrimaryDoseValueIndicator
"""A value of PrimaryDoseValueIndicator: the enum or the string of one of its members."""
