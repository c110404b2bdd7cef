"""Enumerated Values and Defined Terms of Applied Mask Subtraction Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "AppliedMaskSubtractionFlag",
    "AppliedMaskSubtractionFlagValue",
]


class AppliedMaskSubtractionFlag(StrEnum):
    """Enumerated Values of Applied Mask Subtraction Flag (0018,11C0) in Performed XA Reconstruction Module Attributes (C.34.18-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    AppliedMaskSubtractionFlagValue: TypeAlias = AppliedMaskSubtractionFlag | Literal["YES", "NO"]
else:
    AppliedMaskSubtractionFlagValue = AppliedMaskSubtractionFlag
"""A value of AppliedMaskSubtractionFlag: the enum or the string of one of its members."""
