"""Enumerated Values and Defined Terms of Image Set Selector Usage Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ImageSetSelectorUsageFlag",
    "ImageSetSelectorUsageFlagValue",
]


class ImageSetSelectorUsageFlag(StrEnum):
    """Enumerated Values of Image Set Selector Usage Flag (0072,0024) in Hanging Protocol Definition Module Attributes (C.23.1-1)."""

    MATCH = "MATCH"
    """If the Attribute is not in the image object, consider the image to be a match anyway."""
    NO_MATCH = "NO_MATCH"
    """If the Attribute is not in the image object, then do not consider the image to be a match."""


if TYPE_CHECKING:
    ImageSetSelectorUsageFlagValue: TypeAlias = (
        ImageSetSelectorUsageFlag | Literal["MATCH", "NO_MATCH"]
    )
else:
    ImageSetSelectorUsageFlagValue = ImageSetSelectorUsageFlag
"""A value of ImageSetSelectorUsageFlag: the enum or the string of one of its members."""
