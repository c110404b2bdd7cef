"""Enumerated Values and Defined Terms of False Negatives Estimate Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "FalseNegativesEstimateFlag",
    "FalseNegativesEstimateFlagValue",
]


class FalseNegativesEstimateFlag(StrEnum):
    """Enumerated Values of False Negatives Estimate Flag (0024,0045) in Visual Field Static Perimetry Test Reliability Module Attributes (C.8.26.3-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    FalseNegativesEstimateFlagValue: TypeAlias = FalseNegativesEstimateFlag | Literal["YES", "NO"]
else:
    FalseNegativesEstimateFlagValue = FalseNegativesEstimateFlag
"""A value of FalseNegativesEstimateFlag: the enum or the string of one of its members."""
