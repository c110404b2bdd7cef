"""Enumerated Values and Defined Terms of Underlined.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "Underlined",
    "UnderlinedValue",
]


class Underlined(StrEnum):
    """Enumerated Values of Underlined (0070,0248) in Text Style Sequence Macro Attributes (C.10-5a)."""

    Y = "Y"
    """yes"""
    N = "N"
    """no"""


if TYPE_CHECKING:
    UnderlinedValue: TypeAlias = Underlined | Literal["Y", "N"]
else:
    UnderlinedValue = Underlined
"""A value of Underlined: the enum or the string of one of its members."""
