"""Enumerated Values and Defined Terms of Scan Progression Direction.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ScanProgressionDirection",
    "ScanProgressionDirectionValue",
]


class ScanProgressionDirection(StrEnum):
    """Enumerated Values of Scan Progression Direction (0054,0501) in NM Image Module Attributes (C.8-9)."""

    FEET_TO_HEAD = "FEET_TO_HEAD"
    """Slices closest to the patient's feet were acquired first."""
    HEAD_TO_FEET = "HEAD_TO_FEET"
    """Slices closest to the patient's head were acquired first."""


if TYPE_CHECKING:
    ScanProgressionDirectionValue: TypeAlias = (
        ScanProgressionDirection | Literal["FEET_TO_HEAD", "HEAD_TO_FEET"]
    )
else:
    ScanProgressionDirectionValue = ScanProgressionDirection
"""A value of ScanProgressionDirection: the enum or the string of one of its members."""
