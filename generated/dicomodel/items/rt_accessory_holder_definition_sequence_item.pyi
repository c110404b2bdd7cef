"""Item class RTAccessoryHolderDefinitionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import RTAccessoryHolderSlotExistenceFlag as RTAccessoryHolderSlotExistenceFlag
from dicomodel.items import CodeSequenceItem as DeviceTypeCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    RTAccessoryHolderDefinitionSequenceItem as RTAccessoryHolderDefinitionSequenceItem,
)
from dicomodel.items import RTAccessoryHolderSlotSequenceItem as RTAccessoryHolderSlotSequenceItem
from dicomodel.items import UDIItem as UDISequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "RTAccessoryHolderDefinitionSequenceItem",
    "RTAccessoryHolderSlotExistenceFlag",
    "RTAccessoryHolderSlotSequenceItem",
    "UDISequenceItem",
]
