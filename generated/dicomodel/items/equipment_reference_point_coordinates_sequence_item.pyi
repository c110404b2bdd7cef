"""Item class EquipmentReferencePointCoordinatesSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as EquipmentReferencePointCodeSequenceItem
from dicomodel.items import (
    EquipmentReferencePointCoordinatesSequenceItem as EquipmentReferencePointCoordinatesSequenceItem,
)
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "EquipmentReferencePointCodeSequenceItem",
    "EquipmentReferencePointCoordinatesSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
]
