"""Enumerated Values and Defined Terms of Overlay Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "OverlayType",
    "OverlayTypeValue",
]


class OverlayType(StrEnum):
    """Enumerated Values of Overlay Type (60xx,0040) in Overlay Plane Module Attributes (C.9-2)."""

    G = "G"
    """Graphics"""
    R = "R"
    """ROI"""


if TYPE_CHECKING:
    OverlayTypeValue: TypeAlias = OverlayType | Literal["G", "R"]
else:
    OverlayTypeValue = OverlayType
"""A value of OverlayType: the enum or the string of one of its members."""
