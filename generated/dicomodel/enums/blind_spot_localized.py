"""Enumerated Values and Defined Terms of Blind Spot Localized.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "BlindSpotLocalized",
    "BlindSpotLocalizedValue",
]


class BlindSpotLocalized(StrEnum):
    """Enumerated Values of Blind Spot Localized (0024,0106) in Visual Field Static Perimetry Test Measurements Module Attributes (C.8.26.4-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    BlindSpotLocalizedValue: TypeAlias = BlindSpotLocalized | Literal["YES", "NO"]
else:
    BlindSpotLocalizedValue = BlindSpotLocalized
"""A value of BlindSpotLocalized: the enum or the string of one of its members."""
