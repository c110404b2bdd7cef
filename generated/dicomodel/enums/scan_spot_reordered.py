"""Enumerated Values and Defined Terms of Scan Spot Reordered.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ScanSpotReordered",
    "ScanSpotReorderedValue",
]


class ScanSpotReordered(StrEnum):
    """Enumerated Values of Scan Spot Reordered (300A,0393) in RT Ion Beams Session Record Module Attributes (C.8.8.26-1)."""

    YES = "YES"
    """The delivery machine changed the spot order"""
    NO = "NO"
    """The delivery machine delivered the spots in the order as planned"""


if TYPE_CHECKING:
    ScanSpotReorderedValue: TypeAlias = ScanSpotReordered | Literal["YES", "NO"]
else:
    ScanSpotReorderedValue = ScanSpotReordered
"""A value of ScanSpotReordered: the enum or the string of one of its members."""
