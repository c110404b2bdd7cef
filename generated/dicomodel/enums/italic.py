"""Enumerated Values and Defined Terms of Italic.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "Italic",
    "ItalicValue",
]


class Italic(StrEnum):
    """Enumerated Values of Italic (0070,0250) in Text Style Sequence Macro Attributes (C.10-5a)."""

    Y = "Y"
    """yes"""
    N = "N"
    """no"""


if TYPE_CHECKING:
    ItalicValue: TypeAlias = Italic | Literal["Y", "N"]
else:
    ItalicValue = Italic
"""A value of Italic: the enum or the string of one of its members."""
