"""Enumerated Values and Defined Terms of Screening Baseline Measured.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ScreeningBaselineMeasured",
    "ScreeningBaselineMeasuredValue",
]


class ScreeningBaselineMeasured(StrEnum):
    """Enumerated Values of Screening Baseline Measured (0024,0120) in Visual Field Static Perimetry Test Measurements Module Attributes (C.8.26.4-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    ScreeningBaselineMeasuredValue: TypeAlias = ScreeningBaselineMeasured | Literal["YES", "NO"]
else:
    ScreeningBaselineMeasuredValue = ScreeningBaselineMeasured
"""A value of ScreeningBaselineMeasured: the enum or the string of one of its members."""
