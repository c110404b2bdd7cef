"""Enumerated Values and Defined Terms of Device Motion Observation Mode.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class DeviceMotionObservationMode(StrEnum):
    """Enumerated Values of Device Motion Observation Mode (300A,0452) in Device Motion Control Macro Attributes (10-28)."""

    INROOM = "INROOM"
    """The movement of the device is only allowed when the operator is present in the treatment room."""
    REMOTE = "REMOTE"
    """The device can be moved by a command of the operator not being present in the treatment room, that is, from a device outside the treatment room."""
