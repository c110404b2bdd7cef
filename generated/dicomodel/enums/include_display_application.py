"""Enumerated Values and Defined Terms of Include Display Application.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "IncludeDisplayApplication",
    "IncludeDisplayApplicationValue",
]


class IncludeDisplayApplication(StrEnum):
    """Enumerated Values of Include Display Application (2200,0009) in Media Creation Management Module Attributes (C.22.1-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    IncludeDisplayApplicationValue: TypeAlias = IncludeDisplayApplication | Literal["YES", "NO"]
else:
    IncludeDisplayApplicationValue = IncludeDisplayApplication
"""A value of IncludeDisplayApplication: the enum or the string of one of its members."""
