"""Item class BeamLimitingDeviceToleranceSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RTBeamLimitingDeviceType as RTBeamLimitingDeviceType
from dicomodel.items import (
    BeamLimitingDeviceToleranceSequenceItem as BeamLimitingDeviceToleranceSequenceItem,
)

__all__ = ["BeamLimitingDeviceToleranceSequenceItem", "RTBeamLimitingDeviceType"]
