"""Enumerated Values and Defined Terms of Echo Planar Pulse Sequence.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "EchoPlanarPulseSequence",
    "EchoPlanarPulseSequenceValue",
]


class EchoPlanarPulseSequence(StrEnum):
    """Enumerated Values of Echo Planar Pulse Sequence (0018,9018) in MR Pulse Sequence Module Attributes (C.8-87)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    EchoPlanarPulseSequenceValue: TypeAlias = EchoPlanarPulseSequence | Literal["YES", "NO"]
else:
    EchoPlanarPulseSequenceValue = EchoPlanarPulseSequence
"""A value of EchoPlanarPulseSequence: the enum or the string of one of its members."""
