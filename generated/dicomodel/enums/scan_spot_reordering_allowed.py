"""Enumerated Values and Defined Terms of Scan Spot Reordering Allowed.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ScanSpotReorderingAllowed",
    "ScanSpotReorderingAllowedValue",
]


class ScanSpotReorderingAllowed(StrEnum):
    """Enumerated Values of Scan Spot Reordering Allowed (300A,0395) in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    ALLOWED = "ALLOWED"
    """The delivery device may deliver the spots in any order"""
    NOT_ALLOWED = "NOT ALLOWED"
    """The delivery device shall not change the order of the spots within the map and must deliver them in the prescribed order."""


if TYPE_CHECKING:
    ScanSpotReorderingAllowedValue: TypeAlias = (
        ScanSpotReorderingAllowed | Literal["ALLOWED", "NOT ALLOWED"]
    )
else:
    ScanSpotReorderingAllowedValue = ScanSpotReorderingAllowed
"""A value of ScanSpotReorderingAllowed: the enum or the string of one of its members."""
