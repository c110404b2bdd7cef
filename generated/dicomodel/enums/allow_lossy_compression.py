"""Enumerated Values and Defined Terms of Allow Lossy Compression.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "AllowLossyCompression",
    "AllowLossyCompressionValue",
]


class AllowLossyCompression(StrEnum):
    """Enumerated Values of Allow Lossy Compression (2200,000F) in Media Creation Management Module Attributes (C.22.1-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    AllowLossyCompressionValue: TypeAlias = AllowLossyCompression | Literal["YES", "NO"]
else:
    AllowLossyCompressionValue = AllowLossyCompression
"""A value of AllowLossyCompression: the enum or the string of one of its members."""
