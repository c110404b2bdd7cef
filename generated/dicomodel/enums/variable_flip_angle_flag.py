"""Enumerated Values and Defined Terms of Variable Flip Angle Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "VariableFlipAngleFlag",
    "VariableFlipAngleFlagValue",
]


class VariableFlipAngleFlag(StrEnum):
    """Enumerated Values of Variable Flip Angle Flag (0018,1315) in MR Image Module Attributes (C.8-4)."""

    Y = "Y"
    """yes"""
    N = "N"
    """no"""


if TYPE_CHECKING:
    VariableFlipAngleFlagValue: TypeAlias = VariableFlipAngleFlag | Literal["Y", "N"]
else:
    VariableFlipAngleFlagValue = VariableFlipAngleFlag
"""A value of VariableFlipAngleFlag: the enum or the string of one of its members."""
