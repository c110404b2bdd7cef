"""Item class ContainerComponentSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContainerComponentMaterialTerm as ContainerComponentMaterialTerm
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as ContainerComponentTypeCodeSequenceItem
from dicomodel.items import ContainerComponentSequenceItem as ContainerComponentSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem

__all__ = [
    "ContainerComponentMaterialTerm",
    "ContainerComponentSequenceItem",
    "ContainerComponentTypeCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
]
