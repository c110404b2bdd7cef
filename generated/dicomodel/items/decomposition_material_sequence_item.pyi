"""Item class DecompositionMaterialSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as MaterialCodeSequenceItem
from dicomodel.items import DecompositionMaterialSequenceItem as DecompositionMaterialSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import MaterialAttenuationSequenceItem as MaterialAttenuationSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "DecompositionMaterialSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MaterialAttenuationSequenceItem",
    "MaterialCodeSequenceItem",
]
