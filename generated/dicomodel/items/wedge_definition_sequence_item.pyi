"""Item class WedgeDefinitionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as DeviceTypeCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import UDIItem as UDISequenceItem
from dicomodel.items import WedgeDefinitionSequenceItem as WedgeDefinitionSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "UDISequenceItem",
    "WedgeDefinitionSequenceItem",
]
