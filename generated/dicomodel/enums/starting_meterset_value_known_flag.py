"""Enumerated Values and Defined Terms of Starting Meterset Value Known Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "StartingMetersetValueKnownFlag",
    "StartingMetersetValueKnownFlagValue",
]


class StartingMetersetValueKnownFlag(StrEnum):
    """Enumerated Values of Starting Meterset Value Known Flag (300A,0723) in RT Radiation Salvage Record Module Attributes (C.36.23-1)."""

    NO = "NO"
    """The Cumulative Meterset at the first recorded RT Control Point may have an estimated or arbitrary value."""
    YES = "YES"
    """The Cumulative Meterset at the first recorded RT Control Point has the actual value at which the treatment was started or resumed."""


if TYPE_CHECKING:
    StartingMetersetValueKnownFlagValue: TypeAlias = (
        StartingMetersetValueKnownFlag | Literal["NO", "YES"]
    )
else:
    StartingMetersetValueKnownFlagValue = StartingMetersetValueKnownFlag
"""A value of StartingMetersetValueKnownFlag: the enum or the string of one of its members."""
