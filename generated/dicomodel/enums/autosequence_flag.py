"""Enumerated Values and Defined Terms of Autosequence Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "AutosequenceFlag",
    "AutosequenceFlagValue",
]


class AutosequenceFlag(StrEnum):
    """Enumerated Values of Autosequence Flag (0074,1025) in RT Beams Delivery Instruction Module Attributes (C.8.8.29-1)."""

    YES = "YES"
    """The current beam shall be automatically treated following the preceding beam as defined by the Beam Order Index (0074,1324)."""
    NO = "NO"
    """The current beam shall not be auto-sequenced."""


if TYPE_CHECKING:
    AutosequenceFlagValue: TypeAlias = AutosequenceFlag | Literal["YES", "NO"]
else:
    AutosequenceFlagValue = AutosequenceFlag
"""A value of AutosequenceFlag: the enum or the string of one of its members."""
