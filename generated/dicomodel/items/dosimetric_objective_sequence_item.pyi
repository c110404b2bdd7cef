"""Item class DosimetricObjectiveSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AbsoluteDosimetricObjectiveFlag as AbsoluteDosimetricObjectiveFlag
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import DosimetricObjectiveEvaluationScope as DosimetricObjectiveEvaluationScope
from dicomodel.enums import DosimetricObjectivePurpose as DosimetricObjectivePurpose
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import RadiobiologicalDoseEffectFlag as RadiobiologicalDoseEffectFlag
from dicomodel.enums import ValueType as ValueType
from dicomodel.items import CodeSequenceItem as ConceptCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DosimetricObjectiveTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as EffectiveDoseCalculationMethodCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import (
    DosimetricObjectiveParameterSequenceItem as DosimetricObjectiveParameterSequenceItem,
)
from dicomodel.items import DosimetricObjectiveSequenceItem as DosimetricObjectiveSequenceItem
from dicomodel.items import (
    EffectiveDoseCalculationMethodCategoryCodeSequenceItem as EffectiveDoseCalculationMethodCategoryCodeSequenceItem,
)
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    RadiobiologicalDoseEffectDescriptionItem as RadiobiologicalDoseEffectSequenceItem,
)
from dicomodel.items import ReferencedSOPSequenceItem as ReferencedSOPSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as OriginatingSOPInstanceReferenceSequenceItem

__all__ = [
    "AbsoluteDosimetricObjectiveFlag",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DosimetricObjectiveEvaluationScope",
    "DosimetricObjectiveParameterSequenceItem",
    "DosimetricObjectivePurpose",
    "DosimetricObjectiveSequenceItem",
    "DosimetricObjectiveTypeCodeSequenceItem",
    "EffectiveDoseCalculationMethodCategoryCodeSequenceItem",
    "EffectiveDoseCalculationMethodCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "OriginatingSOPInstanceReferenceSequenceItem",
    "RadiobiologicalDoseEffectFlag",
    "RadiobiologicalDoseEffectSequenceItem",
    "ReferencedSOPSequenceItem",
    "ValueType",
]
