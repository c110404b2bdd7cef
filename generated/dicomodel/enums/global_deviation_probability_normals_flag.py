"""Enumerated Values and Defined Terms of Global Deviation Probability Normals Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "GlobalDeviationProbabilityNormalsFlag",
    "GlobalDeviationProbabilityNormalsFlagValue",
]


class GlobalDeviationProbabilityNormalsFlag(StrEnum):
    """Enumerated Values of Global Deviation Probability Normals Flag (0024,0059) in Visual Field Static Perimetry Test Results Module Attributes (C.8.26.5-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    GlobalDeviationProbabilityNormalsFlagValue: TypeAlias = (
        GlobalDeviationProbabilityNormalsFlag | Literal["YES", "NO"]
    )
else:
    GlobalDeviationProbabilityNormalsFlagValue = GlobalDeviationProbabilityNormalsFlag
"""A value of GlobalDeviationProbabilityNormalsFlag: the enum or the string of one of its members."""
