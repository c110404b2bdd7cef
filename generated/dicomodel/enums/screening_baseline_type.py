"""Enumerated Values and Defined Terms of Screening Baseline Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ScreeningBaselineType",
    "ScreeningBaselineTypeValue",
]


class ScreeningBaselineType(StrEnum):
    """Enumerated Values of Screening Baseline Type (0024,0124) in Visual Field Static Perimetry Test Measurements Module Attributes (C.8.26.4-1)."""

    CENTRAL = "CENTRAL"
    PERIPHERAL = "PERIPHERAL"


if TYPE_CHECKING:
    ScreeningBaselineTypeValue: TypeAlias = ScreeningBaselineType | Literal["CENTRAL", "PERIPHERAL"]
else:
    ScreeningBaselineTypeValue = ScreeningBaselineType
"""A value of ScreeningBaselineType: the enum or the string of one of its members."""
