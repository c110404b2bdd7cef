"""Item class EffectiveDoseCalculationMethodCategoryCodeSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as EffectiveDoseCalculationMethodCodeSequenceItem
from dicomodel.items import (
    EffectiveDoseCalculationMethodCategoryCodeSequenceItem as EffectiveDoseCalculationMethodCategoryCodeSequenceItem,
)
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "EffectiveDoseCalculationMethodCategoryCodeSequenceItem",
    "EffectiveDoseCalculationMethodCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
]
