"""Item class BeamLimitingDevicePositionSequenceItemRTConventionalMachineVerification.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RTBeamLimitingDeviceType as RTBeamLimitingDeviceType
from dicomodel.items import (
    BeamLimitingDevicePositionSequenceItemRTConventionalMachineVerification as BeamLimitingDevicePositionSequenceItemRTConventionalMachineVerification,
)

__all__ = [
    "BeamLimitingDevicePositionSequenceItemRTConventionalMachineVerification",
    "RTBeamLimitingDeviceType",
]
