"""Enumerated Values and Defined Terms of Beat Rejection Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "BeatRejectionFlag",
    "BeatRejectionFlagValue",
]


class BeatRejectionFlag(StrEnum):
    """Enumerated Values of Beat Rejection Flag (0018,1080) in MR Image Module Attributes (C.8-4)."""

    Y = "Y"
    """yes"""
    N = "N"
    """no"""


if TYPE_CHECKING:
    BeatRejectionFlagValue: TypeAlias = BeatRejectionFlag | Literal["Y", "N"]
else:
    BeatRejectionFlagValue = BeatRejectionFlag
"""A value of BeatRejectionFlag: the enum or the string of one of its members."""
