"""Enumerated Values and Defined Terms of Device Motion Observation Mode.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "DeviceMotionObservationMode",
    "DeviceMotionObservationModeValue",
]


class DeviceMotionObservationMode(StrEnum):
    """Enumerated Values of Device Motion Observation Mode (300A,0452) in Device Motion Control Macro Attributes (10-28)."""

    INROOM = "INROOM"
    """The movement of the device is only allowed when the operator is present in the treatment room."""
    REMOTE = "REMOTE"
    """The device can be moved by a command of the operator not being present in the treatment room, that is, from a device outside the treatment room."""


if TYPE_CHECKING:
    DeviceMotionObservationModeValue: TypeAlias = (
        DeviceMotionObservationMode | Literal["INROOM", "REMOTE"]
    )
else:
    DeviceMotionObservationModeValue = DeviceMotionObservationMode
"""A value of DeviceMotionObservationMode: the enum or the string of one of its members."""
