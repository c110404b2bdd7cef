"""Item class BeamLimitingDeviceSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RTBeamLimitingDeviceType as RTBeamLimitingDeviceType
from dicomodel.items import BeamLimitingDeviceSequenceItem as BeamLimitingDeviceSequenceItem

__all__ = ["BeamLimitingDeviceSequenceItem", "RTBeamLimitingDeviceType"]
