"""Item class ToleranceTableSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RTBeamLimitingDeviceType as RTBeamLimitingDeviceType
from dicomodel.items import (
    BeamLimitingDeviceToleranceSequenceItem as BeamLimitingDeviceToleranceSequenceItem,
)
from dicomodel.items import ToleranceTableSequenceItem as ToleranceTableSequenceItem

__all__ = [
    "BeamLimitingDeviceToleranceSequenceItem",
    "RTBeamLimitingDeviceType",
    "ToleranceTableSequenceItem",
]
