"""Enumerated Values and Defined Terms of Recommended Viewing Mode.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "RecommendedViewingMode",
    "RecommendedViewingModeTerm",
    "RecommendedViewingModeValue",
]


class RecommendedViewingModeTerm(StrEnum):
    """Defined Terms of Recommended Viewing Mode (0028,1090) in Mask Module Attributes (C.7-16)."""

    SUB = "SUB"
    """For subtraction with mask images."""
    NAT = "NAT"
    """Native viewing of image as encoded."""


class RecommendedViewingMode(StrEnum):
    """Enumerated Values of Recommended Viewing Mode (0028,1090) in Presentation State Mask Module Attributes (C.11.13-1)."""

    SUB = "SUB"
    """for subtraction with mask images"""


if TYPE_CHECKING:
    RecommendedViewingModeValue: TypeAlias = RecommendedViewingMode | Literal["SUB"]
else:
    RecommendedViewingModeValue = RecommendedViewingMode
"""A value of RecommendedViewingMode: the enum or the string of one of its members."""
