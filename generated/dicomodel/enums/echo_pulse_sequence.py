"""Enumerated Values and Defined Terms of Echo Pulse Sequence.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "EchoPulseSequence",
    "EchoPulseSequenceValue",
]


class EchoPulseSequence(StrEnum):
    """Enumerated Values of Echo Pulse Sequence (0018,9008) in MR Pulse Sequence Module Attributes (C.8-87)."""

    SPIN = "SPIN"
    GRADIENT = "GRADIENT"
    BOTH = "BOTH"


if TYPE_CHECKING:
    EchoPulseSequenceValue: TypeAlias = EchoPulseSequence | Literal["SPIN", "GRADIENT", "BOTH"]
else:
    EchoPulseSequenceValue = EchoPulseSequence
"""A value of EchoPulseSequence: the enum or the string of one of its members."""
