"""Enumerated Values and Defined Terms of Multi-planar Excitation.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "MultiPlanarExcitation",
    "MultiPlanarExcitationValue",
]


class MultiPlanarExcitation(StrEnum):
    """Enumerated Values of Multi-planar Excitation (0018,9012) in MR Pulse Sequence Module Attributes (C.8-87)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    MultiPlanarExcitationValue: TypeAlias = MultiPlanarExcitation | Literal["YES", "NO"]
else:
    MultiPlanarExcitationValue = MultiPlanarExcitation
"""A value of MultiPlanarExcitation: the enum or the string of one of its members."""
