"""Enumerated Values and Defined Terms of Parallel RT Beam Delimiter Opening Mode.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ParallelRTBeamDelimiterOpeningMode",
    "ParallelRTBeamDelimiterOpeningModeValue",
]


class ParallelRTBeamDelimiterOpeningMode(StrEnum):
    """Enumerated Values of Parallel RT Beam Delimiter Opening Mode (300A,064E) in RT Beam Limiting Devices Definition Macro Attributes (C.36.2.2.8-1)."""

    BINARY = "BINARY"
    """leaf positions constrained to two states: open and closed"""
    VARIABLE = "VARIABLE"
    """any leaf position may be specified"""


if TYPE_CHECKING:
    ParallelRTBeamDelimiterOpeningModeValue: TypeAlias = (
        ParallelRTBeamDelimiterOpeningMode | Literal["BINARY", "VARIABLE"]
    )
else:
    ParallelRTBeamDelimiterOpeningModeValue = ParallelRTBeamDelimiterOpeningMode
"""A value of ParallelRTBeamDelimiterOpeningMode: the enum or the string of one of its members."""
