"""Item class TomotherapeuticControlPointSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import OutlineShapeType as OutlineShapeType
from dicomodel.items import CodeSequenceItem as DeliveryRateUnitSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import OutlineDefinitionItem as BeamAreaLimitSequenceItem
from dicomodel.items import OutlineDefinitionItem as RTBeamDelimiterGeometrySequenceItem
from dicomodel.items import (
    RTBeamLimitingDeviceOpeningDefinitionItem as RTBeamLimitingDeviceOpeningSequenceItem,
)
from dicomodel.items import (
    TomotherapeuticControlPointSequenceItem as TomotherapeuticControlPointSequenceItem,
)

__all__ = [
    "BeamAreaLimitSequenceItem",
    "ContextGroupExtensionFlag",
    "DeliveryRateUnitSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "OutlineShapeType",
    "RTBeamDelimiterGeometrySequenceItem",
    "RTBeamLimitingDeviceOpeningSequenceItem",
    "TomotherapeuticControlPointSequenceItem",
]
