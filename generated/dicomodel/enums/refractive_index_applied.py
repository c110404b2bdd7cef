"""Enumerated Values and Defined Terms of Refractive Index Applied.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "RefractiveIndexApplied",
    "RefractiveIndexAppliedValue",
]


class RefractiveIndexApplied(StrEnum):
    """Enumerated Values of Refractive Index Applied (0052,003A) in Intravascular OCT Processing Parameters Module Attributes (C.8.27.4-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    RefractiveIndexAppliedValue: TypeAlias = RefractiveIndexApplied | Literal["YES", "NO"]
else:
    RefractiveIndexAppliedValue = RefractiveIndexApplied
"""A value of RefractiveIndexApplied: the enum or the string of one of its members."""
