"""Enumerated Values and Defined Terms of Segmentation Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "SegmentationType",
    "SegmentationTypeValue",
]


class SegmentationType(StrEnum):
    """Enumerated Values of Segmentation Type (0062,0001) in Segmentation Image Module Attributes (C.8.20-2)."""

    BINARY = "BINARY"
    FRACTIONAL = "FRACTIONAL"
    LABELMAP = "LABELMAP"


if TYPE_CHECKING:
    SegmentationTypeValue: TypeAlias = (
        SegmentationType | Literal["BINARY", "FRACTIONAL", "LABELMAP"]
    )
else:
    SegmentationTypeValue = SegmentationType
"""A value of SegmentationType: the enum or the string of one of its members."""
