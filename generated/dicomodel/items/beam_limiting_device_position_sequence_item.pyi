"""Item class BeamLimitingDevicePositionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RTBeamLimitingDeviceType as RTBeamLimitingDeviceType
from dicomodel.items import (
    BeamLimitingDevicePositionSequenceItem as BeamLimitingDevicePositionSequenceItem,
)

__all__ = ["BeamLimitingDevicePositionSequenceItem", "RTBeamLimitingDeviceType"]
