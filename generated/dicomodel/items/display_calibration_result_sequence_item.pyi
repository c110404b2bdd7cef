"""Item class DisplayCalibrationResultSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import MeasurementEquipmentType as MeasurementEquipmentType
from dicomodel.items import ActualHumanPerformersSequenceItem as ActualHumanPerformersSequenceItem
from dicomodel.items import CodeSequenceItem as HumanPerformerCodeSequenceItem
from dicomodel.items import (
    DisplayCalibrationResultSequenceItem as DisplayCalibrationResultSequenceItem,
)
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import MeasurementEquipmentSequenceItem as MeasurementEquipmentSequenceItem

__all__ = [
    "ActualHumanPerformersSequenceItem",
    "ContextGroupExtensionFlag",
    "DisplayCalibrationResultSequenceItem",
    "EquivalentCodeSequenceItem",
    "HumanPerformerCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementEquipmentSequenceItem",
    "MeasurementEquipmentType",
]
