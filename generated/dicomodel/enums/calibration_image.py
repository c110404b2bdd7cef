"""Enumerated Values and Defined Terms of Calibration Image.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "CalibrationImage",
    "CalibrationImageValue",
]


class CalibrationImage(StrEnum):
    """Enumerated Values of Calibration Image (0050,0004) in X-Ray Calibration Device Usage Macro Attributes (C.8.19.6-6)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    CalibrationImageValue: TypeAlias = CalibrationImage | Literal["YES", "NO"]
else:
    CalibrationImageValue = CalibrationImage
"""A value of CalibrationImage: the enum or the string of one of its members."""
