"""Item class BeamLimitingDeviceLeafPairsSequenceItemRTGeneralMachineVerification.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RTBeamLimitingDeviceType as RTBeamLimitingDeviceType
from dicomodel.items import (
    BeamLimitingDeviceLeafPairsSequenceItemRTGeneralMachineVerification as BeamLimitingDeviceLeafPairsSequenceItemRTGeneralMachineVerification,
)

__all__ = [
    "BeamLimitingDeviceLeafPairsSequenceItemRTGeneralMachineVerification",
    "RTBeamLimitingDeviceType",
]
