"""Enumerated Values and Defined Terms of Horizontal Prism Base.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "HorizontalPrismBase",
    "HorizontalPrismBaseValue",
]


class HorizontalPrismBase(StrEnum):
    """Enumerated Values of Horizontal Prism Base (0046,0032) in Prism Sequence Macro Attributes (C.8.25.6.2-1)."""

    IN = "IN"
    OUT = "OUT"


if TYPE_CHECKING:
    HorizontalPrismBaseValue: TypeAlias = HorizontalPrismBase | Literal["IN", "OUT"]
else:
    HorizontalPrismBaseValue = HorizontalPrismBase
"""A value of HorizontalPrismBase: the enum or the string of one of its members."""
