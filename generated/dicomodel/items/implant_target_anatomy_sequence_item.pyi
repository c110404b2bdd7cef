"""Item class ImplantTargetAnatomySequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as AnatomicRegionSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import ImplantTargetAnatomySequenceItem as ImplantTargetAnatomySequenceItem

__all__ = [
    "AnatomicRegionSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "ImplantTargetAnatomySequenceItem",
    "MappingResourceTerm",
]
