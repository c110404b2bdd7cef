"""Enumerated Values and Defined Terms of Fixation Eye.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "FixationEye",
    "FixationEyeValue",
]


class FixationEye(StrEnum):
    """Enumerated Values of Fixation Eye (300A,0150) in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    L = "L"
    """left eye"""
    R = "R"
    """right eye"""


if TYPE_CHECKING:
    FixationEyeValue: TypeAlias = FixationEye | Literal["L", "R"]
else:
    FixationEyeValue = FixationEye
"""A value of FixationEye: the enum or the string of one of its members."""
