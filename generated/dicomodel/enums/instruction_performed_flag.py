"""Enumerated Values and Defined Terms of Instruction Performed Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "InstructionPerformedFlag",
    "InstructionPerformedFlagValue",
]


class InstructionPerformedFlag(StrEnum):
    """Enumerated Values of Instruction Performed Flag (0018,9918) in Instructions Module Attributes (C.34.7-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    InstructionPerformedFlagValue: TypeAlias = InstructionPerformedFlag | Literal["YES", "NO"]
else:
    InstructionPerformedFlagValue = InstructionPerformedFlag
"""A value of InstructionPerformedFlag: the enum or the string of one of its members."""
