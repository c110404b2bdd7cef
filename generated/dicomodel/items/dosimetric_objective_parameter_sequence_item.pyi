"""Item class DosimetricObjectiveParameterSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import RadiobiologicalDoseEffectFlag as RadiobiologicalDoseEffectFlag
from dicomodel.enums import ValueType as ValueType
from dicomodel.items import CodeSequenceItem as ConceptCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as EffectiveDoseCalculationMethodCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import (
    DosimetricObjectiveParameterSequenceItem as DosimetricObjectiveParameterSequenceItem,
)
from dicomodel.items import (
    EffectiveDoseCalculationMethodCategoryCodeSequenceItem as EffectiveDoseCalculationMethodCategoryCodeSequenceItem,
)
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    RadiobiologicalDoseEffectDescriptionItem as RadiobiologicalDoseEffectSequenceItem,
)
from dicomodel.items import ReferencedSOPSequenceItem as ReferencedSOPSequenceItem

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DosimetricObjectiveParameterSequenceItem",
    "EffectiveDoseCalculationMethodCategoryCodeSequenceItem",
    "EffectiveDoseCalculationMethodCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "RadiobiologicalDoseEffectFlag",
    "RadiobiologicalDoseEffectSequenceItem",
    "ReferencedSOPSequenceItem",
    "ValueType",
]
