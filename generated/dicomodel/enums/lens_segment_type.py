"""Enumerated Values and Defined Terms of Lens Segment Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "LensSegmentType",
    "LensSegmentTypeValue",
]


class LensSegmentType(StrEnum):
    """Enumerated Values of Lens Segment Type (0046,0038) in Lensometry Measurements Macro Attributes (C.8.25.8-2)."""

    PROGRESSIVE = "PROGRESSIVE"
    NONPROGRESSIVE = "NONPROGRESSIVE"


if TYPE_CHECKING:
    LensSegmentTypeValue: TypeAlias = LensSegmentType | Literal["PROGRESSIVE", "NONPROGRESSIVE"]
else:
    LensSegmentTypeValue = LensSegmentType
"""A value of LensSegmentType: the enum or the string of one of its members."""
