"""Enumerated Values and Defined Terms of Decimate/Crop Result.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "DecimateCropResult",
    "DecimateCropResultValue",
]


class DecimateCropResult(StrEnum):
    """Enumerated Values of Decimate/Crop Result (2020,00A2) in Printer Configuration Module Attributes (C.13-13)."""

    DECIMATE = "DECIMATE"
    """image will be decimated to fit."""
    CROP = "CROP"
    """image will be cropped to fit."""
    FAIL = "FAIL"
    """N-SET of the Image Box will fail."""
    DEF_DECIMATE = "DEF DECIMATE"
    """image will be decimated to fit."""
    DEF_CROP = "DEF CROP"
    """image will be cropped to fit."""
    DEF_FAIL = "DEF FAIL"
    """N-SET of the Image Box will fail."""


if TYPE_CHECKING:
    DecimateCropResultValue: TypeAlias = (
        DecimateCropResult
        | Literal["DECIMATE", "CROP", "FAIL", "DEF DECIMATE", "DEF CROP", "DEF FAIL"]
    )
else:
    DecimateCropResultValue = DecimateCropResult
"""A value of DecimateCropResult: the enum or the string of one of its members."""
