"""Item class DoseValuesSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import RadiobiologicalDoseEffectFlag as RadiobiologicalDoseEffectFlag
from dicomodel.items import CodeSequenceItem as EffectiveDoseCalculationMethodCodeSequenceItem
from dicomodel.items import DoseValuesSequenceItem as DoseValuesSequenceItem
from dicomodel.items import (
    EffectiveDoseCalculationMethodCategoryCodeSequenceItem as EffectiveDoseCalculationMethodCategoryCodeSequenceItem,
)
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import MetersetToDoseMappingSequenceItem as MetersetToDoseMappingSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "DoseValuesSequenceItem",
    "EffectiveDoseCalculationMethodCategoryCodeSequenceItem",
    "EffectiveDoseCalculationMethodCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MetersetToDoseMappingSequenceItem",
    "RadiobiologicalDoseEffectFlag",
]
