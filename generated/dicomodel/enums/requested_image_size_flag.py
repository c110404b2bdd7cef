"""Enumerated Values and Defined Terms of Requested Image Size Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "RequestedImageSizeFlag",
    "RequestedImageSizeFlagValue",
]


class RequestedImageSizeFlag(StrEnum):
    """Enumerated Values of Requested Image Size Flag (2020,00A0) in Printer Configuration Module Attributes (C.13-13)."""

    NO = "NO"
    """not supported"""
    YES = "YES"
    """supported"""


if TYPE_CHECKING:
    RequestedImageSizeFlagValue: TypeAlias = RequestedImageSizeFlag | Literal["NO", "YES"]
else:
    RequestedImageSizeFlagValue = RequestedImageSizeFlag
"""A value of RequestedImageSizeFlag: the enum or the string of one of its members."""
