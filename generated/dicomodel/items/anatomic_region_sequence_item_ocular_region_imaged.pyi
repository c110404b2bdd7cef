"""Item class AnatomicRegionSequenceItemOcularRegionImaged.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import ContextGroupExtensionFlagValue as _ContextGroupExtensionFlagValue
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import MappingResourceTerm as _MappingResourceTerm
from dicomodel.items import (
    AnatomicRegionSequenceItemOcularRegionImaged as AnatomicRegionSequenceItemOcularRegionImaged,
)
from dicomodel.items import CodeSequenceItemOcularRegionImaged as AnatomicRegionModifierSequenceItem
from dicomodel.items import (
    CodeSequenceItemOcularRegionImaged as _CodeSequenceItemOcularRegionImaged,
)
from dicomodel.items import (
    EquivalentCodeSequenceItemOcularRegionImaged as EquivalentCodeSequenceItem,
)
from dicomodel.items import (
    EquivalentCodeSequenceItemOcularRegionImaged as _EquivalentCodeSequenceItemOcularRegionImaged,
)

__all__ = [
    "AnatomicRegionModifierSequenceItem",
    "AnatomicRegionSequenceItemOcularRegionImaged",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
]
