"""Item class PrimaryAnatomicStructureSequenceItemOcularRegionImaged.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import (
    CodeSequenceItemOcularRegionImaged as PrimaryAnatomicStructureModifierSequenceItem,
)
from dicomodel.items import (
    EquivalentCodeSequenceItemOcularRegionImaged as EquivalentCodeSequenceItem,
)
from dicomodel.items import (
    PrimaryAnatomicStructureSequenceItemOcularRegionImaged as PrimaryAnatomicStructureSequenceItemOcularRegionImaged,
)

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PrimaryAnatomicStructureModifierSequenceItem",
    "PrimaryAnatomicStructureSequenceItemOcularRegionImaged",
]
