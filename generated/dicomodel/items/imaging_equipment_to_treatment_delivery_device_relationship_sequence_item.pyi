"""Item class ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import ValueType as ValueType
from dicomodel.items import CodeSequenceItem as ConceptCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import ContentItem as DevicePositionParameterSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem as ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem,
)
from dicomodel.items import ReferencedSOPSequenceItem as ReferencedSOPSequenceItem

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DevicePositionParameterSequenceItem",
    "EquivalentCodeSequenceItem",
    "ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "ReferencedSOPSequenceItem",
    "ValueType",
]
