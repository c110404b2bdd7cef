"""Enumerated Values and Defined Terms of Pixel Origin Interpretation.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "PixelOriginInterpretation",
    "PixelOriginInterpretationValue",
]


class PixelOriginInterpretation(StrEnum):
    """Enumerated Values of Pixel Origin Interpretation (0048,0301) in Document Content Macro Attributes (C.17-5)."""

    FRAME = "FRAME"
    """relative to individual frame"""
    VOLUME = "VOLUME"
    """relative to Total Pixel Matrix"""


if TYPE_CHECKING:
    PixelOriginInterpretationValue: TypeAlias = (
        PixelOriginInterpretation | Literal["FRAME", "VOLUME"]
    )
else:
    PixelOriginInterpretationValue = PixelOriginInterpretation
"""A value of PixelOriginInterpretation: the enum or the string of one of its members."""
