"""Enumerated Values and Defined Terms of Segment Algorithm Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "SegmentAlgorithmType",
    "SegmentAlgorithmTypeValue",
]


class SegmentAlgorithmType(StrEnum):
    """Enumerated Values of Segment Algorithm Type (0062,0008) in Segment Description Macro Attributes (C.8.20-4)."""

    AUTOMATIC = "AUTOMATIC"
    """calculated segment"""
    SEMIAUTOMATIC = "SEMIAUTOMATIC"
    """calculated segment with user assistance"""
    MANUAL = "MANUAL"
    """user-entered segment"""


if TYPE_CHECKING:
    SegmentAlgorithmTypeValue: TypeAlias = (
        SegmentAlgorithmType | Literal["AUTOMATIC", "SEMIAUTOMATIC", "MANUAL"]
    )
else:
    SegmentAlgorithmTypeValue = SegmentAlgorithmType
"""A value of SegmentAlgorithmType: the enum or the string of one of its members."""
