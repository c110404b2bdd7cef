"""Item class LuminanceResultSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AmbientLightValueSource as AmbientLightValueSource
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import MeasurementEquipmentType as MeasurementEquipmentType
from dicomodel.items import ActualHumanPerformersSequenceItem as ActualHumanPerformersSequenceItem
from dicomodel.items import CodeSequenceItem as HumanPerformerCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    LuminanceResponseSequenceItemLuminanceResult as LuminanceResponseSequenceItem,
)
from dicomodel.items import LuminanceResultSequenceItem as LuminanceResultSequenceItem
from dicomodel.items import MeasurementEquipmentSequenceItem as MeasurementEquipmentSequenceItem

__all__ = [
    "ActualHumanPerformersSequenceItem",
    "AmbientLightValueSource",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "HumanPerformerCodeSequenceItem",
    "LuminanceResponseSequenceItem",
    "LuminanceResultSequenceItem",
    "MappingResourceTerm",
    "MeasurementEquipmentSequenceItem",
    "MeasurementEquipmentType",
]
