"""Item class IonBeamLimitingDeviceSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RTBeamLimitingDeviceType as RTBeamLimitingDeviceType
from dicomodel.items import IonBeamLimitingDeviceSequenceItem as IonBeamLimitingDeviceSequenceItem

__all__ = ["IonBeamLimitingDeviceSequenceItem", "RTBeamLimitingDeviceType"]
