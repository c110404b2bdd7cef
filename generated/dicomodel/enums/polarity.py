"""Enumerated Values and Defined Terms of Polarity.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "Polarity",
    "PolarityValue",
]


class Polarity(StrEnum):
    """Enumerated Values of Polarity (2020,0020) in Image Box Pixel Presentation Module Attributes (C.13-5)."""

    NORMAL = "NORMAL"
    """pixels shall be printed as specified by Photometric Interpretation (0028,0004)"""
    REVERSE = "REVERSE"
    """pixels shall be printed with the opposite polarity as specified by Photometric Interpretation (0028,0004)"""


if TYPE_CHECKING:
    PolarityValue: TypeAlias = Polarity | Literal["NORMAL", "REVERSE"]
else:
    PolarityValue = Polarity
"""A value of Polarity: the enum or the string of one of its members."""
