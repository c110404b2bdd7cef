"""Item class VisualEvaluationResultSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import MeasurementEquipmentType as MeasurementEquipmentType
from dicomodel.enums import TestImageValidation as TestImageValidation
from dicomodel.enums import TestResult as TestResult
from dicomodel.items import ActualHumanPerformersSequenceItem as ActualHumanPerformersSequenceItem
from dicomodel.items import CodeSequenceItem as HumanPerformerCodeSequenceItem
from dicomodel.items import CodeSequenceItem as TestPatternCodeSequenceItem
from dicomodel.items import CodeSequenceItem as VisualEvaluationMethodCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import MeasurementEquipmentSequenceItem as MeasurementEquipmentSequenceItem
from dicomodel.items import (
    ReferencedImageSequenceItemVisualEvaluationResult as ReferencedImageSequenceItem,
)
from dicomodel.items import VisualEvaluationResultSequenceItem as VisualEvaluationResultSequenceItem
from dicomodel.items import VisualEvaluationTestSequenceItem as VisualEvaluationTestSequenceItem

__all__ = [
    "ActualHumanPerformersSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "HumanPerformerCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementEquipmentSequenceItem",
    "MeasurementEquipmentType",
    "ReferencedImageSequenceItem",
    "TestImageValidation",
    "TestPatternCodeSequenceItem",
    "TestResult",
    "VisualEvaluationMethodCodeSequenceItem",
    "VisualEvaluationResultSequenceItem",
    "VisualEvaluationTestSequenceItem",
]
