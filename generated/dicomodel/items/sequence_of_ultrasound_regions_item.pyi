"""Item class SequenceOfUltrasoundRegionsItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as PixelValueMappingCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import SequenceOfUltrasoundRegionsItem as SequenceOfUltrasoundRegionsItem

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PixelValueMappingCodeSequenceItem",
    "SequenceOfUltrasoundRegionsItem",
]
