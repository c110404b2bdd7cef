"""Enumerated Values and Defined Terms of Temporal Range Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "TemporalRangeType",
    "TemporalRangeTypeValue",
]


class TemporalRangeType(StrEnum):
    """Enumerated Values of Temporal Range Type (0040,A130) in Document Content Macro Attributes (C.17-5)."""

    POINT = "POINT"
    """a single temporal point"""
    MULTIPOINT = "MULTIPOINT"
    """multiple temporal points"""
    SEGMENT = "SEGMENT"
    """a range between two temporal points"""
    MULTISEGMENT = "MULTISEGMENT"
    """multiple segments, each denoted by two temporal points"""
    BEGIN = "BEGIN"
    """a range beginning at one temporal point, and extending beyond the end of the acquired data"""
    END = "END"
    """a range beginning before the start of the acquired data, and extending to (and including) the identified temporal point"""


if TYPE_CHECKING:
    TemporalRangeTypeValue: TypeAlias = (
        TemporalRangeType
        | Literal["POINT", "MULTIPOINT", "SEGMENT", "MULTISEGMENT", "BEGIN", "END"]
    )
else:
    TemporalRangeTypeValue = TemporalRangeType
"""A value of TemporalRangeType: the enum or the string of one of its members."""
