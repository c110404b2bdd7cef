"""Enumerated Values and Defined Terms of Segments Overlap.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "SegmentsOverlap",
    "SegmentsOverlapValue",
]


class SegmentsOverlap(StrEnum):
    """Enumerated Values of Segments Overlap (0062,0013) in Segmentation Image Module Attributes (C.8.20-2)."""

    YES = "YES"
    """Some Segments overlap"""
    UNDEFINED = "UNDEFINED"
    """Some Segments might overlap"""
    NO = "NO"
    """No Segments overlap"""


if TYPE_CHECKING:
    SegmentsOverlapValue: TypeAlias = SegmentsOverlap | Literal["YES", "UNDEFINED", "NO"]
else:
    SegmentsOverlapValue = SegmentsOverlap
"""A value of SegmentsOverlap: the enum or the string of one of its members."""
