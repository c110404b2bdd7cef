"""Enumerated Values and Defined Terms of OCT Z Offset Applied.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "OCTZOffsetApplied",
    "OCTZOffsetAppliedValue",
]


class OCTZOffsetApplied(StrEnum):
    """Enumerated Values of OCT Z Offset Applied (0052,0026) in Intravascular OCT Processing Parameters Module Attributes (C.8.27.4-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    OCTZOffsetAppliedValue: TypeAlias = OCTZOffsetApplied | Literal["YES", "NO"]
else:
    OCTZOffsetAppliedValue = OCTZOffsetApplied
"""A value of OCTZOffsetApplied: the enum or the string of one of its members."""
