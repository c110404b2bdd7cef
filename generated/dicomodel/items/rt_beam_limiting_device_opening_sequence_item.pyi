"""Item class RTBeamLimitingDeviceOpeningSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import OutlineShapeType as OutlineShapeType
from dicomodel.items import OutlineDefinitionItem as RTBeamDelimiterGeometrySequenceItem
from dicomodel.items import (
    RTBeamLimitingDeviceOpeningSequenceItem as RTBeamLimitingDeviceOpeningSequenceItem,
)

__all__ = [
    "OutlineShapeType",
    "RTBeamDelimiterGeometrySequenceItem",
    "RTBeamLimitingDeviceOpeningSequenceItem",
]
