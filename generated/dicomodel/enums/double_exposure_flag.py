"""Enumerated Values and Defined Terms of Double Exposure Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "DoubleExposureFlag",
    "DoubleExposureFlagValue",
]


class DoubleExposureFlag(StrEnum):
    """Enumerated Values of Double Exposure Flag (0074,1034) in RT Beams Delivery Instruction Module Attributes (C.8.8.29-1)."""

    SINGLE = "SINGLE"
    """single exposure"""
    DOUBLE = "DOUBLE"
    """double exposure"""


if TYPE_CHECKING:
    DoubleExposureFlagValue: TypeAlias = DoubleExposureFlag | Literal["SINGLE", "DOUBLE"]
else:
    DoubleExposureFlagValue = DoubleExposureFlag
"""A value of DoubleExposureFlag: the enum or the string of one of its members."""
