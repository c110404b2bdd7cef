"""Item class RadiobiologicalDoseEffectDescriptionItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import RadiobiologicalDoseEffectFlag as RadiobiologicalDoseEffectFlag
from dicomodel.items import CodeSequenceItem as EffectiveDoseCalculationMethodCodeSequenceItem
from dicomodel.items import (
    EffectiveDoseCalculationMethodCategoryCodeSequenceItem as EffectiveDoseCalculationMethodCategoryCodeSequenceItem,
)
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    RadiobiologicalDoseEffectDescriptionItem as RadiobiologicalDoseEffectDescriptionItem,
)

__all__ = [
    "ContextGroupExtensionFlag",
    "EffectiveDoseCalculationMethodCategoryCodeSequenceItem",
    "EffectiveDoseCalculationMethodCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "RadiobiologicalDoseEffectDescriptionItem",
    "RadiobiologicalDoseEffectFlag",
]
