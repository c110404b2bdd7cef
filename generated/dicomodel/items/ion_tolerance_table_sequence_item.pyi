"""Item class IonToleranceTableSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RTBeamLimitingDeviceType as RTBeamLimitingDeviceType
from dicomodel.items import (
    BeamLimitingDeviceToleranceSequenceItem as BeamLimitingDeviceToleranceSequenceItem,
)
from dicomodel.items import IonToleranceTableSequenceItem as IonToleranceTableSequenceItem

__all__ = [
    "BeamLimitingDeviceToleranceSequenceItem",
    "IonToleranceTableSequenceItem",
    "RTBeamLimitingDeviceType",
]
