"""Item class BlockDefinitionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BlockDivergence as BlockDivergence
from dicomodel.enums import BlockOrientation as BlockOrientation
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import BlockDefinitionSequenceItem as BlockDefinitionSequenceItem
from dicomodel.items import BlockEdgeDataSequenceItem as BlockEdgeDataSequenceItem
from dicomodel.items import BlockSlabSequenceItem as BlockSlabSequenceItem
from dicomodel.items import CodeSequenceItem as DeviceTypeCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import UDIItem as UDISequenceItem

__all__ = [
    "BlockDefinitionSequenceItem",
    "BlockDivergence",
    "BlockEdgeDataSequenceItem",
    "BlockOrientation",
    "BlockSlabSequenceItem",
    "ContextGroupExtensionFlag",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "UDISequenceItem",
]
