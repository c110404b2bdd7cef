"""Enumerated Values and Defined Terms of Anchor Point Visibility.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "AnchorPointVisibility",
    "AnchorPointVisibilityValue",
]


class AnchorPointVisibility(StrEnum):
    """Enumerated Values of Anchor Point Visibility (0070,0015) in Graphic Annotation Module Attributes (C.10-5)."""

    Y = "Y"
    """yes"""
    N = "N"
    """no"""


if TYPE_CHECKING:
    AnchorPointVisibilityValue: TypeAlias = AnchorPointVisibility | Literal["Y", "N"]
else:
    AnchorPointVisibilityValue = AnchorPointVisibility
"""A value of AnchorPointVisibility: the enum or the string of one of its members."""
