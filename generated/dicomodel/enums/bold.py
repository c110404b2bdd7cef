"""Enumerated Values and Defined Terms of Bold.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "Bold",
    "BoldValue",
]


class Bold(StrEnum):
    """Enumerated Values of Bold (0070,0249) in Text Style Sequence Macro Attributes (C.10-5a)."""

    Y = "Y"
    """yes"""
    N = "N"
    """no"""


if TYPE_CHECKING:
    BoldValue: TypeAlias = Bold | Literal["Y", "N"]
else:
    BoldValue = Bold
"""A value of Bold: the enum or the string of one of its members."""
