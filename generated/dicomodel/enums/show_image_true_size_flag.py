"""Enumerated Values and Defined Terms of Show Image True Size Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ShowImageTrueSizeFlag",
    "ShowImageTrueSizeFlagValue",
]


class ShowImageTrueSizeFlag(StrEnum):
    """Enumerated Values of Show Image True Size Flag (0072,0710) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    YES = "YES"
    """Display images at True Size."""
    NO = "NO"
    """The rendered size is not specified."""


if TYPE_CHECKING:
    ShowImageTrueSizeFlagValue: TypeAlias = ShowImageTrueSizeFlag | Literal["YES", "NO"]
else:
    ShowImageTrueSizeFlagValue = ShowImageTrueSizeFlag
"""A value of ShowImageTrueSizeFlag: the enum or the string of one of its members."""
