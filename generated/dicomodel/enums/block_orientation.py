"""Enumerated Values and Defined Terms of Block Orientation.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "BlockOrientation",
    "BlockOrientationValue",
]


class BlockOrientation(StrEnum):
    """Enumerated Values of Block Orientation (300A,066C) in Blocks Definition Macro Attributes (C.36.2.2.13-1)."""

    PATIENT_SIDE = "PATIENT_SIDE"
    """The block extends from its base towards the patient."""
    SOURCE_SIDE = "SOURCE_SIDE"
    """The block extends from its base towards the Radiation Source."""


if TYPE_CHECKING:
    BlockOrientationValue: TypeAlias = BlockOrientation | Literal["PATIENT_SIDE", "SOURCE_SIDE"]
else:
    BlockOrientationValue = BlockOrientation
"""A value of BlockOrientation: the enum or the string of one of its members."""
