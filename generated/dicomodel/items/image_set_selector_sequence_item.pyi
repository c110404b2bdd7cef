"""Item class ImageSetSelectorSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import ImageSetSelectorUsageFlag as ImageSetSelectorUsageFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as SelectorCodeSequenceValueItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import ImageSetSelectorSequenceItem as ImageSetSelectorSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "ImageSetSelectorSequenceItem",
    "ImageSetSelectorUsageFlag",
    "MappingResourceTerm",
    "SelectorCodeSequenceValueItem",
]
