"""Enumerated Values and Defined Terms of Non-uniform Radial Sampling Corrected.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "NonUniformRadialSamplingCorrected",
    "NonUniformRadialSamplingCorrectedValue",
]


class NonUniformRadialSamplingCorrected(StrEnum):
    """Enumerated Values of Non-uniform Radial Sampling Corrected (0018,9766) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    NonUniformRadialSamplingCorrectedValue: TypeAlias = (
        NonUniformRadialSamplingCorrected | Literal["YES", "NO"]
    )
else:
    NonUniformRadialSamplingCorrectedValue = NonUniformRadialSamplingCorrected
"""A value of NonUniformRadialSamplingCorrected: the enum or the string of one of its members."""
