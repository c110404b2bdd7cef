"""Enumerated Values and Defined Terms of White Point Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "WhitePointFlag",
    "WhitePointFlagValue",
]


class WhitePointFlag(StrEnum):
    """Enumerated Values of White Point Flag (0028,7021) in Luminance Uniformity Result Macro Attributes (C.32.3.3-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    WhitePointFlagValue: TypeAlias = WhitePointFlag | Literal["YES", "NO"]
else:
    WhitePointFlagValue = WhitePointFlag
"""A value of WhitePointFlag: the enum or the string of one of its members."""
