"""Enumerated Values and Defined Terms of Context Group Extension Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ContextGroupExtensionFlag",
    "ContextGroupExtensionFlagValue",
]


class ContextGroupExtensionFlag(StrEnum):
    """Enumerated Values of Context Group Extension Flag (0008,010B) in Enhanced Code Sequence Macro Attributes (8.8-1b)."""

    Y = "Y"
    N = "N"


if TYPE_CHECKING:
    ContextGroupExtensionFlagValue: TypeAlias = ContextGroupExtensionFlag | Literal["Y", "N"]
else:
    ContextGroupExtensionFlagValue = ContextGroupExtensionFlag
"""A value of ContextGroupExtensionFlag: the enum or the string of one of its members."""
