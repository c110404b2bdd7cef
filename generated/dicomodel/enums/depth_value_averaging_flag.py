"""Enumerated Values and Defined Terms of Depth Value Averaging Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "DepthValueAveragingFlag",
    "DepthValueAveragingFlagValue",
]


class DepthValueAveragingFlag(StrEnum):
    """Enumerated Values of Depth Value Averaging Flag (300A,0093) in RT Beams Module Attributes (C.8-50)."""

    YES = "YES"
    """The values represent average values from the current Verification Control Point to the next"""
    NO = "NO"
    """The values refer to a single location"""


if TYPE_CHECKING:
    DepthValueAveragingFlagValue: TypeAlias = DepthValueAveragingFlag | Literal["YES", "NO"]
else:
    DepthValueAveragingFlagValue = DepthValueAveragingFlag
"""A value of DepthValueAveragingFlag: the enum or the string of one of its members."""
