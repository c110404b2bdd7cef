"""Enumerated Values and Defined Terms of Local Deviation Probability Normals Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "LocalDeviationProbabilityNormalsFlag",
    "LocalDeviationProbabilityNormalsFlagValue",
]


class LocalDeviationProbabilityNormalsFlag(StrEnum):
    """Enumerated Values of Local Deviation Probability Normals Flag (0024,0072) in Visual Field Static Perimetry Test Results Module Attributes (C.8.26.5-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    LocalDeviationProbabilityNormalsFlagValue: TypeAlias = (
        LocalDeviationProbabilityNormalsFlag | Literal["YES", "NO"]
    )
else:
    LocalDeviationProbabilityNormalsFlagValue = LocalDeviationProbabilityNormalsFlag
"""A value of LocalDeviationProbabilityNormalsFlag: the enum or the string of one of its members."""
