"""Enumerated Values and Defined Terms of Corrected Localized Deviation From Normal Probability Calculated.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "CorrectedLocalizedDeviationFromNormalProbabilityCalculated",
    "CorrectedLocalizedDeviationFromNormalProbabilityCalculatedValue",
]


class CorrectedLocalizedDeviationFromNormalProbabilityCalculated(StrEnum):
    """Enumerated Values of Corrected Localized Deviation From Normal Probability Calculated (0024,0080) in Visual Field Static Perimetry Test Results Module Attributes (C.8.26.5-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    CorrectedLocalizedDeviationFromNormalProbabilityCalculatedValue: TypeAlias = (
        CorrectedLocalizedDeviationFromNormalProbabilityCalculated | Literal["YES", "NO"]
    )
else:
    CorrectedLocalizedDeviationFromNormalProbabilityCalculatedValue = (
        CorrectedLocalizedDeviationFromNormalProbabilityCalculated
    )
"""A value of CorrectedLocalizedDeviationFromNormalProbabilityCalculated: the enum or the string of one of its members."""
