"""Enumerated Values and Defined Terms of RT Image Plane.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "RTImagePlane",
    "RTImagePlaneValue",
]


class RTImagePlane(StrEnum):
    """Enumerated Values of RT Image Plane (3002,000C) in RT Image Module Attributes (C.8-38)."""

    NORMAL = "NORMAL"
    """image plane normal to beam axis"""
    NON_NORMAL = "NON_NORMAL"
    """image plane non-normal to beam axis"""


if TYPE_CHECKING:
    RTImagePlaneValue: TypeAlias = RTImagePlane | Literal["NORMAL", "NON_NORMAL"]
else:
    RTImagePlaneValue = RTImagePlane
"""A value of RTImagePlane: the enum or the string of one of its members."""
