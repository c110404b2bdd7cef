"""Item class BeamLimitingDeviceLeafPairsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RTBeamLimitingDeviceType as RTBeamLimitingDeviceType
from dicomodel.items import (
    BeamLimitingDeviceLeafPairsSequenceItem as BeamLimitingDeviceLeafPairsSequenceItem,
)

__all__ = ["BeamLimitingDeviceLeafPairsSequenceItem", "RTBeamLimitingDeviceType"]
