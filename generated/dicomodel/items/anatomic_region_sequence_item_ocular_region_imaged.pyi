"""Item class AnatomicRegionSequenceItemOcularRegionImaged.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import (
    AnatomicRegionSequenceItemOcularRegionImaged as AnatomicRegionSequenceItemOcularRegionImaged,
)
from dicomodel.items import CodeSequenceItemOcularRegionImaged as AnatomicRegionModifierSequenceItem
from dicomodel.items import (
    EquivalentCodeSequenceItemOcularRegionImaged as EquivalentCodeSequenceItem,
)

__all__ = [
    "AnatomicRegionModifierSequenceItem",
    "AnatomicRegionSequenceItemOcularRegionImaged",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
]
