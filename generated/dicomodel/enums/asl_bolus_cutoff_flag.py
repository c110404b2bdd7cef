"""Enumerated Values and Defined Terms of ASL Bolus Cut-off Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ASLBolusCutoffFlag",
    "ASLBolusCutoffFlagValue",
]


class ASLBolusCutoffFlag(StrEnum):
    """Enumerated Values of ASL Bolus Cut-off Flag (0018,925C) in MR Arterial Spin Labeling Macro Attributes (C.8-100b)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    ASLBolusCutoffFlagValue: TypeAlias = ASLBolusCutoffFlag | Literal["YES", "NO"]
else:
    ASLBolusCutoffFlagValue = ASLBolusCutoffFlag
"""A value of ASLBolusCutoffFlag: the enum or the string of one of its members."""
