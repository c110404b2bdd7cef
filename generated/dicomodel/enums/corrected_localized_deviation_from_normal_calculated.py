"""Enumerated Values and Defined Terms of Corrected Localized Deviation From Normal Calculated.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "CorrectedLocalizedDeviationFromNormalCalculated",
    "CorrectedLocalizedDeviationFromNormalCalculatedValue",
]


class CorrectedLocalizedDeviationFromNormalCalculated(StrEnum):
    """Enumerated Values of Corrected Localized Deviation From Normal Calculated (0024,0078) in Visual Field Static Perimetry Test Results Module Attributes (C.8.26.5-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    CorrectedLocalizedDeviationFromNormalCalculatedValue: TypeAlias = (
        CorrectedLocalizedDeviationFromNormalCalculated | Literal["YES", "NO"]
    )
else:
    CorrectedLocalizedDeviationFromNormalCalculatedValue = (
        CorrectedLocalizedDeviationFromNormalCalculated
    )
"""A value of CorrectedLocalizedDeviationFromNormalCalculated: the enum or the string of one of its members."""
