"""Enumerated Values and Defined Terms of False Positives Estimate Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "FalsePositivesEstimateFlag",
    "FalsePositivesEstimateFlagValue",
]


class FalsePositivesEstimateFlag(StrEnum):
    """Enumerated Values of False Positives Estimate Flag (0024,0053) in Visual Field Static Perimetry Test Reliability Module Attributes (C.8.26.3-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    FalsePositivesEstimateFlagValue: TypeAlias = FalsePositivesEstimateFlag | Literal["YES", "NO"]
else:
    FalsePositivesEstimateFlagValue = FalsePositivesEstimateFlag
"""A value of FalsePositivesEstimateFlag: the enum or the string of one of its members."""
