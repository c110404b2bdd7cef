"""Enumerated Values and Defined Terms of Acquired Subtraction Mask Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "AcquiredSubtractionMaskFlag",
    "AcquiredSubtractionMaskFlagValue",
]


class AcquiredSubtractionMaskFlag(StrEnum):
    """Enumerated Values of Acquired Subtraction Mask Flag (0018,11B2) in Performed XA Acquisition Module Attributes (C.34.17-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    AcquiredSubtractionMaskFlagValue: TypeAlias = AcquiredSubtractionMaskFlag | Literal["YES", "NO"]
else:
    AcquiredSubtractionMaskFlagValue = AcquiredSubtractionMaskFlag
"""A value of AcquiredSubtractionMaskFlag: the enum or the string of one of its members."""
