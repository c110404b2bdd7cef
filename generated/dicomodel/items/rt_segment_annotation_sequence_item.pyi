"""Item class RTSegmentAnnotationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import ValueType as ValueType
from dicomodel.items import CodeSequenceItem as ConceptCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DeviceTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SegmentAnnotationCategoryCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SegmentAnnotationTypeModifierCodeSequenceItem
from dicomodel.items import ContentItem as ContentItemModifierSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import ProtocolContextSequenceItem as SegmentCharacteristicsSequenceItem
from dicomodel.items import ReferencedSOPSequenceItem as ReferencedSOPSequenceItem
from dicomodel.items import RTSegmentAnnotationSequenceItem as RTSegmentAnnotationSequenceItem
from dicomodel.items import (
    SegmentAnnotationTypeCodeSequenceItem as SegmentAnnotationTypeCodeSequenceItem,
)
from dicomodel.items import (
    SegmentedRTAccessoryDeviceSequenceItem as SegmentedRTAccessoryDeviceSequenceItem,
)
from dicomodel.items import UDIItem as UDISequenceItem

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentItemModifierSequenceItem",
    "ContextGroupExtensionFlag",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "RTSegmentAnnotationSequenceItem",
    "ReferencedSOPSequenceItem",
    "SegmentAnnotationCategoryCodeSequenceItem",
    "SegmentAnnotationTypeCodeSequenceItem",
    "SegmentAnnotationTypeModifierCodeSequenceItem",
    "SegmentCharacteristicsSequenceItem",
    "SegmentedRTAccessoryDeviceSequenceItem",
    "UDISequenceItem",
    "ValueType",
]
