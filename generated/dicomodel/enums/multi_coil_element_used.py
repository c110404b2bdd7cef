"""Enumerated Values and Defined Terms of Multi-Coil Element Used.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "MultiCoilElementUsed",
    "MultiCoilElementUsedValue",
]


class MultiCoilElementUsed(StrEnum):
    """Enumerated Values of Multi-Coil Element Used (0018,9048) in MR Receive Coil Macro Attributes (C.8-94)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    MultiCoilElementUsedValue: TypeAlias = MultiCoilElementUsed | Literal["YES", "NO"]
else:
    MultiCoilElementUsedValue = MultiCoilElementUsed
"""A value of MultiCoilElementUsed: the enum or the string of one of its members."""
