"""Enumerated Values and Defined Terms of Foveal Point Normative Data Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "FovealPointNormativeDataFlag",
    "FovealPointNormativeDataFlagValue",
]


class FovealPointNormativeDataFlag(StrEnum):
    """Enumerated Values of Foveal Point Normative Data Flag (0024,0117) in Visual Field Static Perimetry Test Measurements Module Attributes (C.8.26.4-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    FovealPointNormativeDataFlagValue: TypeAlias = (
        FovealPointNormativeDataFlag | Literal["YES", "NO"]
    )
else:
    FovealPointNormativeDataFlagValue = FovealPointNormativeDataFlag
"""A value of FovealPointNormativeDataFlag: the enum or the string of one of its members."""
