"""Enumerated Values and Defined Terms of Show Graphic Annotation Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ShowGraphicAnnotationFlag",
    "ShowGraphicAnnotationFlagValue",
]


class ShowGraphicAnnotationFlag(StrEnum):
    """Enumerated Values of Show Graphic Annotation Flag (0072,0712) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    ShowGraphicAnnotationFlagValue: TypeAlias = ShowGraphicAnnotationFlag | Literal["YES", "NO"]
else:
    ShowGraphicAnnotationFlagValue = ShowGraphicAnnotationFlag
"""A value of ShowGraphicAnnotationFlag: the enum or the string of one of its members."""
