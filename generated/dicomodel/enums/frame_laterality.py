"""Enumerated Values and Defined Terms of Frame Laterality.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "FrameLaterality",
    "FrameLateralityValue",
]


class FrameLaterality(StrEnum):
    """Enumerated Values of Frame Laterality (0020,9072) in Frame Anatomy Macro Attributes (C.7.6.16-9)."""

    R = "R"
    """right"""
    L = "L"
    """left"""
    U = "U"
    """unpaired"""
    B = "B"
    """both left and right"""


if TYPE_CHECKING:
    FrameLateralityValue: TypeAlias = FrameLaterality | Literal["R", "L", "U", "B"]
else:
    FrameLateralityValue = FrameLaterality
"""A value of FrameLaterality: the enum or the string of one of its members."""
