"""Enumerated Values and Defined Terms of Foveal Sensitivity Measured.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "FovealSensitivityMeasured",
    "FovealSensitivityMeasuredValue",
]


class FovealSensitivityMeasured(StrEnum):
    """Enumerated Values of Foveal Sensitivity Measured (0024,0086) in Visual Field Static Perimetry Test Measurements Module Attributes (C.8.26.4-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    FovealSensitivityMeasuredValue: TypeAlias = FovealSensitivityMeasured | Literal["YES", "NO"]
else:
    FovealSensitivityMeasuredValue = FovealSensitivityMeasured
"""A value of FovealSensitivityMeasured: the enum or the string of one of its members."""
