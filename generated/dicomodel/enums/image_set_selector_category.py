"""Enumerated Values and Defined Terms of Image Set Selector Category.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ImageSetSelectorCategory",
    "ImageSetSelectorCategoryValue",
]


class ImageSetSelectorCategory(StrEnum):
    """Enumerated Values of Image Set Selector Category (0072,0034) in Hanging Protocol Definition Module Attributes (C.23.1-1)."""

    RELATIVE_TIME = "RELATIVE_TIME"
    ABSTRACT_PRIOR = "ABSTRACT_PRIOR"


if TYPE_CHECKING:
    ImageSetSelectorCategoryValue: TypeAlias = (
        ImageSetSelectorCategory | Literal["RELATIVE_TIME", "ABSTRACT_PRIOR"]
    )
else:
    ImageSetSelectorCategoryValue = ImageSetSelectorCategory
"""A value of ImageSetSelectorCategory: the enum or the string of one of its members."""
