"""Enumerated Values and Defined Terms of Blending Mode.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "BlendingMode",
    "BlendingModeValue",
]


class BlendingMode(StrEnum):
    """Enumerated Values of Blending Mode (0070,1B06) in Advanced Blending Presentation State Display Module Attributes (C.11.34.1-1)."""

    EQUAL = "EQUAL"
    FOREGROUND = "FOREGROUND"


if TYPE_CHECKING:
    BlendingModeValue: TypeAlias = BlendingMode | Literal["EQUAL", "FOREGROUND"]
else:
    BlendingModeValue = BlendingMode
"""A value of BlendingMode: the enum or the string of one of its members."""
