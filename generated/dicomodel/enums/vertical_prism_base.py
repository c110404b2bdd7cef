"""Enumerated Values and Defined Terms of Vertical Prism Base.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "VerticalPrismBase",
    "VerticalPrismBaseValue",
]


class VerticalPrismBase(StrEnum):
    """Enumerated Values of Vertical Prism Base (0046,0036) in Prism Sequence Macro Attributes (C.8.25.6.2-1)."""

    UP = "UP"
    DOWN = "DOWN"


if TYPE_CHECKING:
    VerticalPrismBaseValue: TypeAlias = VerticalPrismBase | Literal["UP", "DOWN"]
else:
    VerticalPrismBaseValue = VerticalPrismBase
"""A value of VerticalPrismBase: the enum or the string of one of its members."""
