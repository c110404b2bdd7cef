"""Enumerated Values and Defined Terms of Stereo Pairs Present.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "StereoPairsPresent",
    "StereoPairsPresentValue",
]


class StereoPairsPresent(StrEnum):
    """Enumerated Values of Stereo Pairs Present (0022,0028) in Multi-frame Module Attributes (C.7-14)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    StereoPairsPresentValue: TypeAlias = StereoPairsPresent | Literal["YES", "NO"]
else:
    StereoPairsPresentValue = StereoPairsPresent
"""A value of StereoPairsPresent: the enum or the string of one of its members."""
