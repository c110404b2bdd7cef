"""Enumerated Values and Defined Terms of Catch Trials Data Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "CatchTrialsDataFlag",
    "CatchTrialsDataFlagValue",
]


class CatchTrialsDataFlag(StrEnum):
    """Enumerated Values of Catch Trials Data Flag (0024,0055) in Visual Field Static Perimetry Test Reliability Module Attributes (C.8.26.3-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    CatchTrialsDataFlagValue: TypeAlias = CatchTrialsDataFlag | Literal["YES", "NO"]
else:
    CatchTrialsDataFlagValue = CatchTrialsDataFlag
"""A value of CatchTrialsDataFlag: the enum or the string of one of its members."""
