"""Item class MeasuredMetersetToDoseMappingSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as DoseMeasurementDeviceCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    MeasuredMetersetToDoseMappingSequenceItem as MeasuredMetersetToDoseMappingSequenceItem,
)

__all__ = [
    "ContextGroupExtensionFlag",
    "DoseMeasurementDeviceCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasuredMetersetToDoseMappingSequenceItem",
]
