"""Enumerated Values and Defined Terms of Retest Stimulus Seen.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "RetestStimulusSeen",
    "RetestStimulusSeenValue",
]


class RetestStimulusSeen(StrEnum):
    """Enumerated Values of Retest Stimulus Seen (0024,0095) in Visual Field Static Perimetry Test Measurements Module Attributes (C.8.26.4-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    RetestStimulusSeenValue: TypeAlias = RetestStimulusSeen | Literal["YES", "NO"]
else:
    RetestStimulusSeenValue = RetestStimulusSeen
"""A value of RetestStimulusSeen: the enum or the string of one of its members."""
