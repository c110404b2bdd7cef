"""Enumerated Values and Defined Terms of Device Motion Execution Mode.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "DeviceMotionExecutionMode",
    "DeviceMotionExecutionModeValue",
]


class DeviceMotionExecutionMode(StrEnum):
    """Enumerated Values of Device Motion Execution Mode (300A,0451) in Device Motion Control Macro Attributes (10-28)."""

    CONTINUOUS = "CONTINUOUS"
    """The device must be moved while the operator is activating one or more switches on the machine during the whole period of movement to prevent any uncontrolled movement."""
    TRIGGERED = "TRIGGERED"
    """The device can be moved automatically to the desired position, triggered by a one-time command of the operator, without the need to constantly activate any switch."""
    AUTOMATIC = "AUTOMATIC"
    """The device movement can be initiated and performed automatically by the device to the desired position."""


if TYPE_CHECKING:
    DeviceMotionExecutionModeValue: TypeAlias = (
        DeviceMotionExecutionMode | Literal["CONTINUOUS", "TRIGGERED", "AUTOMATIC"]
    )
else:
    DeviceMotionExecutionModeValue = DeviceMotionExecutionMode
"""A value of DeviceMotionExecutionMode: the enum or the string of one of its members."""
