"""Enumerated Values and Defined Terms of Constant Volume Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ConstantVolumeFlag",
    "ConstantVolumeFlagValue",
]


class ConstantVolumeFlag(StrEnum):
    """Enumerated Values of Constant Volume Flag (0018,9333) in CT Acquisition Type Macro Attributes (C.8-118)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    ConstantVolumeFlagValue: TypeAlias = ConstantVolumeFlag | Literal["YES", "NO"]
else:
    ConstantVolumeFlagValue = ConstantVolumeFlag
"""A value of ConstantVolumeFlag: the enum or the string of one of its members."""
