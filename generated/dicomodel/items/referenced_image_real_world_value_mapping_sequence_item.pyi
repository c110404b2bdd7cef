"""Item class ReferencedImageRealWorldValueMappingSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import ValueType as ValueType
from dicomodel.items import CodeSequenceItem as ConceptCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import ContentItem as ContentItemModifierSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem
from dicomodel.items import ProtocolContextSequenceItem as QuantityDefinitionSequenceItem
from dicomodel.items import RealWorldValueMappingItem as RealWorldValueMappingSequenceItem
from dicomodel.items import (
    ReferencedImageRealWorldValueMappingSequenceItem as ReferencedImageRealWorldValueMappingSequenceItem,
)
from dicomodel.items import ReferencedSOPSequenceItem as ReferencedSOPSequenceItem

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentItemModifierSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "QuantityDefinitionSequenceItem",
    "RealWorldValueMappingSequenceItem",
    "ReferencedImageRealWorldValueMappingSequenceItem",
    "ReferencedImageSequenceItem",
    "ReferencedSOPSequenceItem",
    "ValueType",
]
