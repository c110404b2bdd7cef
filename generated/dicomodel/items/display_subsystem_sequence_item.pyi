"""Item class DisplaySubsystemSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import MeasurementEquipmentType as MeasurementEquipmentType
from dicomodel.enums import SystemStatusTerm as SystemStatusTerm
from dicomodel.items import CodeSequenceItem as DisplayDeviceTypeCodeSequenceItem
from dicomodel.items import (
    DisplaySubsystemConfigurationSequenceItem as DisplaySubsystemConfigurationSequenceItem,
)
from dicomodel.items import DisplaySubsystemSequenceItem as DisplaySubsystemSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import MeasurementEquipmentSequenceItem as MeasurementEquipmentSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "DisplayDeviceTypeCodeSequenceItem",
    "DisplaySubsystemConfigurationSequenceItem",
    "DisplaySubsystemSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementEquipmentSequenceItem",
    "MeasurementEquipmentType",
    "SystemStatusTerm",
]
