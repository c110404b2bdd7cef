"""Enumerated Values and Defined Terms of Block Divergence.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "BlockDivergence",
    "BlockDivergenceValue",
]


class BlockDivergence(StrEnum):
    """Enumerated Values of Block Divergence (300A,00FA) in Blocks Definition Macro Attributes (C.36.2.2.13-1)."""

    PRESENT = "PRESENT"
    """Block edges are shaped for beam divergence."""
    ABSENT = "ABSENT"
    """Block edges are not shaped for beam divergence."""


if TYPE_CHECKING:
    BlockDivergenceValue: TypeAlias = BlockDivergence | Literal["PRESENT", "ABSENT"]
else:
    BlockDivergenceValue = BlockDivergence
"""A value of BlockDivergence: the enum or the string of one of its members."""
