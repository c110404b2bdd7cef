"""Enumerated Values and Defined Terms of Block Mounting Position.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "BlockMountingPosition",
    "BlockMountingPositionValue",
]


class BlockMountingPosition(StrEnum):
    """Enumerated Values of Block Mounting Position (300A,00FB) in RT Image Module Attributes (C.8-38)."""

    PATIENT_SIDE = "PATIENT_SIDE"
    """the block is mounted on the side of the Block Tray that is towards the patient."""
    SOURCE_SIDE = "SOURCE_SIDE"
    """the block is mounted on the side of the Block Tray that is towards the radiation source."""


if TYPE_CHECKING:
    BlockMountingPositionValue: TypeAlias = (
        BlockMountingPosition | Literal["PATIENT_SIDE", "SOURCE_SIDE"]
    )
else:
    BlockMountingPositionValue = BlockMountingPosition
"""A value of BlockMountingPosition: the enum or the string of one of its members."""
