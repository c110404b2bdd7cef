"""Enumerated Values and Defined Terms of RT Record Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "RTRecordFlag",
    "RTRecordFlagValue",
]


class RTRecordFlag(StrEnum):
    """Enumerated Values of RT Record Flag (300A,0639) in RT Radiation Common Base Macro Attributes (C.36.2.1.6-1)."""

    YES = "YES"
    """Values in this Instance are a record of a delivered treatment, based on e.g., read-outs or measurements."""
    NO = "NO"
    """Values in this Instance are a specification of a treatment to be delivered, e.g., by a treatment planning system."""


if TYPE_CHECKING:
    RTRecordFlagValue: TypeAlias = RTRecordFlag | Literal["YES", "NO"]
else:
    RTRecordFlagValue = RTRecordFlag
"""A value of RTRecordFlag: the enum or the string of one of its members."""
