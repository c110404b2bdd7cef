"""Enumerated Values and Defined Terms of Beam Limiting Device Rotation Direction.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "BeamLimitingDeviceRotationDirection",
    "BeamLimitingDeviceRotationDirectionValue",
]


class BeamLimitingDeviceRotationDirection(StrEnum):
    """Enumerated Values of Beam Limiting Device Rotation Direction (300A,0121) in RT Beams Module Attributes (C.8-50)."""

    CW = "CW"
    """clockwise"""
    CC = "CC"
    """counter-clockwise"""
    NONE = "NONE"
    """no rotation"""


if TYPE_CHECKING:
    BeamLimitingDeviceRotationDirectionValue: TypeAlias = (
        BeamLimitingDeviceRotationDirection | Literal["CW", "CC", "NONE"]
    )
else:
    BeamLimitingDeviceRotationDirectionValue = BeamLimitingDeviceRotationDirection
"""A value of BeamLimitingDeviceRotationDirection: the enum or the string of one of its members."""
