"""Item class RadiationDoseSequenceItemRTDoseContributionRecord.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import RadiobiologicalDoseEffectFlag as RadiobiologicalDoseEffectFlag
from dicomodel.items import CodeSequenceItem as DoseMeasurementDeviceCodeSequenceItem
from dicomodel.items import CodeSequenceItem as EffectiveDoseCalculationMethodCodeSequenceItem
from dicomodel.items import (
    EffectiveDoseCalculationMethodCategoryCodeSequenceItem as EffectiveDoseCalculationMethodCategoryCodeSequenceItem,
)
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    MeasuredMetersetToDoseMappingSequenceItem as MeasuredMetersetToDoseMappingSequenceItem,
)
from dicomodel.items import MetersetToDoseMappingSequenceItem as MetersetToDoseMappingSequenceItem
from dicomodel.items import (
    RadiationDoseSequenceItemRTDoseContributionRecord as RadiationDoseSequenceItemRTDoseContributionRecord,
)
from dicomodel.items import (
    RadiationDoseValuesParametersSequenceItemRTDoseContributionRecord as RadiationDoseValuesParametersSequenceItem,
)
from dicomodel.items import SOPInstanceReferenceItem as ReferencedRTRadiationRecordSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "DoseMeasurementDeviceCodeSequenceItem",
    "EffectiveDoseCalculationMethodCategoryCodeSequenceItem",
    "EffectiveDoseCalculationMethodCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasuredMetersetToDoseMappingSequenceItem",
    "MetersetToDoseMappingSequenceItem",
    "RadiationDoseSequenceItemRTDoseContributionRecord",
    "RadiationDoseValuesParametersSequenceItem",
    "RadiobiologicalDoseEffectFlag",
    "ReferencedRTRadiationRecordSequenceItem",
]
