"""Enumerated Values and Defined Terms of Arterial Spin Labeling Contrast.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ArterialSpinLabelingContrast",
    "ArterialSpinLabelingContrastValue",
]


class ArterialSpinLabelingContrast(StrEnum):
    """Enumerated Values of Arterial Spin Labeling Contrast (0018,9250) in MR Pulse Sequence Module Attributes (C.8-87)."""

    CONTINUOUS = "CONTINUOUS"
    """a single long low powered RF pulse"""
    PSEUDOCONTINUOUS = "PSEUDOCONTINUOUS"
    """multiple short low powered RF pulses"""
    PULSED = "PULSED"
    """a single short high powered RF pulse"""


if TYPE_CHECKING:
    ArterialSpinLabelingContrastValue: TypeAlias = (
        ArterialSpinLabelingContrast | Literal["CONTINUOUS", "PSEUDOCONTINUOUS", "PULSED"]
    )
else:
    ArterialSpinLabelingContrastValue = ArterialSpinLabelingContrast
"""A value of ArterialSpinLabelingContrast: the enum or the string of one of its members."""
