"""Enumerated Values and Defined Terms of Mask Selection Mode.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "MaskSelectionMode",
    "MaskSelectionModeValue",
]


class MaskSelectionMode(StrEnum):
    """Enumerated Values of Mask Selection Mode (0028,9454) in Mask Module Attributes (C.7-16)."""

    SYSTEM = "SYSTEM"
    USER = "USER"


if TYPE_CHECKING:
    MaskSelectionModeValue: TypeAlias = MaskSelectionMode | Literal["SYSTEM", "USER"]
else:
    MaskSelectionModeValue = MaskSelectionMode
"""A value of MaskSelectionMode: the enum or the string of one of its members."""
