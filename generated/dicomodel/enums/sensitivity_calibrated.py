"""Enumerated Values and Defined Terms of Sensitivity Calibrated.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "SensitivityCalibrated",
    "SensitivityCalibratedValue",
]


class SensitivityCalibrated(StrEnum):
    """Enumerated Values of Sensitivity Calibrated (0018,9767) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    SensitivityCalibratedValue: TypeAlias = SensitivityCalibrated | Literal["YES", "NO"]
else:
    SensitivityCalibratedValue = SensitivityCalibrated
"""A value of SensitivityCalibrated: the enum or the string of one of its members."""
