"""Enumerated Values and Defined Terms of Fill Mode.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "FillMode",
    "FillModeValue",
]


class FillMode(StrEnum):
    """Enumerated Values of Fill Mode (0070,0257) in Fill Style Sequence Macro Attributes (C.10-5c)."""

    SOLID = "SOLID"
    STIPPELED = "STIPPELED"


if TYPE_CHECKING:
    FillModeValue: TypeAlias = FillMode | Literal["SOLID", "STIPPELED"]
else:
    FillModeValue = FillMode
"""A value of FillMode: the enum or the string of one of its members."""
