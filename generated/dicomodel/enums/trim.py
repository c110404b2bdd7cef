"""Enumerated Values and Defined Terms of Trim.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "Trim",
    "TrimValue",
]


class Trim(StrEnum):
    """Enumerated Values of Trim (2010,0140) in Basic Film Box Presentation Module Attributes (C.13-3)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    TrimValue: TypeAlias = Trim | Literal["YES", "NO"]
else:
    TrimValue = Trim
"""A value of Trim: the enum or the string of one of its members."""
