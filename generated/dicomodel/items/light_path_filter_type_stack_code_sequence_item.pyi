"""Item class LightPathFilterTypeStackCodeSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    LightPathFilterTypeStackCodeSequenceItem as LightPathFilterTypeStackCodeSequenceItem,
)

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "LightPathFilterTypeStackCodeSequenceItem",
    "MappingResourceTerm",
]
