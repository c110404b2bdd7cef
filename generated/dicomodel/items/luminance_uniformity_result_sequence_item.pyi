"""Item class LuminanceUniformityResultSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AmbientLightValueSource as AmbientLightValueSource
from dicomodel.enums import AmbientLightValueSourceValue as _AmbientLightValueSourceValue
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import MeasurementEquipmentType as MeasurementEquipmentType
from dicomodel.enums import WhitePointFlag as WhitePointFlag
from dicomodel.enums import WhitePointFlagValue as _WhitePointFlagValue
from dicomodel.items import ActualHumanPerformersSequenceItem as ActualHumanPerformersSequenceItem
from dicomodel.items import ActualHumanPerformersSequenceItem as _ActualHumanPerformersSequenceItem
from dicomodel.items import CodeSequenceItem as HumanPerformerCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementPatternCodeSequenceItem
from dicomodel.items import CodeSequenceItem as _CodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import LuminanceResponseSequenceItem as LuminanceResponseSequenceItem
from dicomodel.items import LuminanceResponseSequenceItem as _LuminanceResponseSequenceItem
from dicomodel.items import (
    LuminanceUniformityResultSequenceItem as LuminanceUniformityResultSequenceItem,
)
from dicomodel.items import MeasurementEquipmentSequenceItem as MeasurementEquipmentSequenceItem
from dicomodel.items import MeasurementEquipmentSequenceItem as _MeasurementEquipmentSequenceItem

__all__ = [
    "ActualHumanPerformersSequenceItem",
    "AmbientLightValueSource",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "HumanPerformerCodeSequenceItem",
    "LuminanceResponseSequenceItem",
    "LuminanceUniformityResultSequenceItem",
    "MappingResourceTerm",
    "MeasurementEquipmentSequenceItem",
    "MeasurementEquipmentType",
    "MeasurementPatternCodeSequenceItem",
    "WhitePointFlag",
]
