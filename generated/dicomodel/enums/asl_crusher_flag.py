"""Enumerated Values and Defined Terms of ASL Crusher Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ASLCrusherFlag",
    "ASLCrusherFlagValue",
]


class ASLCrusherFlag(StrEnum):
    """Enumerated Values of ASL Crusher Flag (0018,9259) in MR Arterial Spin Labeling Macro Attributes (C.8-100b)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    ASLCrusherFlagValue: TypeAlias = ASLCrusherFlag | Literal["YES", "NO"]
else:
    ASLCrusherFlagValue = ASLCrusherFlag
"""A value of ASLCrusherFlag: the enum or the string of one of its members."""
