"""Enumerated Values and Defined Terms of Beam Limiting Device Rotation Direction.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    BeamLimitingDeviceRotationDirection as BeamLimitingDeviceRotationDirection,
)
from dicomodel.enums import (
    BeamLimitingDeviceRotationDirectionValue as BeamLimitingDeviceRotationDirectionValue,
)

__all__ = ["BeamLimitingDeviceRotationDirection", "BeamLimitingDeviceRotationDirectionValue"]
