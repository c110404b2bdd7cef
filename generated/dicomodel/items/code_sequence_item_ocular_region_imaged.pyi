"""Item class CodeSequenceItemOcularRegionImaged.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItemOcularRegionImaged as CodeSequenceItemOcularRegionImaged
from dicomodel.items import (
    EquivalentCodeSequenceItemOcularRegionImaged as EquivalentCodeSequenceItem,
)

__all__ = [
    "CodeSequenceItemOcularRegionImaged",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
]
