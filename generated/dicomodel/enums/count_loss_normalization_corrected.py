"""Enumerated Values and Defined Terms of Count Loss Normalization Corrected.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "CountLossNormalizationCorrected",
    "CountLossNormalizationCorrectedValue",
]


class CountLossNormalizationCorrected(StrEnum):
    """Enumerated Values of Count Loss Normalization Corrected (0018,9764) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    CountLossNormalizationCorrectedValue: TypeAlias = (
        CountLossNormalizationCorrected | Literal["YES", "NO"]
    )
else:
    CountLossNormalizationCorrectedValue = CountLossNormalizationCorrected
"""A value of CountLossNormalizationCorrected: the enum or the string of one of its members."""
