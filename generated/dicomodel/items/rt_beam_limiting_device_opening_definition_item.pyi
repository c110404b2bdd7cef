"""Item class RTBeamLimitingDeviceOpeningDefinitionItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import OutlineShapeType as OutlineShapeType
from dicomodel.items import OutlineDefinitionItem as RTBeamDelimiterGeometrySequenceItem
from dicomodel.items import (
    RTBeamLimitingDeviceOpeningDefinitionItem as RTBeamLimitingDeviceOpeningDefinitionItem,
)

__all__ = [
    "OutlineShapeType",
    "RTBeamDelimiterGeometrySequenceItem",
    "RTBeamLimitingDeviceOpeningDefinitionItem",
]
