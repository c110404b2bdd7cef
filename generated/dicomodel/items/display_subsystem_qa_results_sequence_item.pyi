"""Item class DisplaySubsystemQAResultsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AmbientLightValueSource as AmbientLightValueSource
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import MeasurementEquipmentType as MeasurementEquipmentType
from dicomodel.enums import TestImageValidation as TestImageValidation
from dicomodel.enums import TestResult as TestResult
from dicomodel.enums import WhitePointFlag as WhitePointFlag
from dicomodel.items import ActualHumanPerformersSequenceItem as ActualHumanPerformersSequenceItem
from dicomodel.items import CodeSequenceItem as HumanPerformerCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementPatternCodeSequenceItem
from dicomodel.items import CodeSequenceItem as TestPatternCodeSequenceItem
from dicomodel.items import CodeSequenceItem as VisualEvaluationMethodCodeSequenceItem
from dicomodel.items import ConfigurationQAResultsSequenceItem as ConfigurationQAResultsSequenceItem
from dicomodel.items import (
    DisplayCalibrationResultSequenceItem as DisplayCalibrationResultSequenceItem,
)
from dicomodel.items import (
    DisplaySubsystemQAResultsSequenceItem as DisplaySubsystemQAResultsSequenceItem,
)
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import LuminanceResultSequenceItem as LuminanceResultSequenceItem
from dicomodel.items import (
    LuminanceUniformityResultSequenceItem as LuminanceUniformityResultSequenceItem,
)
from dicomodel.items import MeasurementEquipmentSequenceItem as MeasurementEquipmentSequenceItem
from dicomodel.items import (
    ReferencedImageSequenceItemVisualEvaluationResult as ReferencedImageSequenceItem,
)
from dicomodel.items import VisualEvaluationResultSequenceItem as VisualEvaluationResultSequenceItem
from dicomodel.items import VisualEvaluationTestSequenceItem as VisualEvaluationTestSequenceItem

__all__ = [
    "ActualHumanPerformersSequenceItem",
    "AmbientLightValueSource",
    "ConfigurationQAResultsSequenceItem",
    "ContextGroupExtensionFlag",
    "DisplayCalibrationResultSequenceItem",
    "DisplaySubsystemQAResultsSequenceItem",
    "EquivalentCodeSequenceItem",
    "HumanPerformerCodeSequenceItem",
    "LuminanceResultSequenceItem",
    "LuminanceUniformityResultSequenceItem",
    "MappingResourceTerm",
    "MeasurementEquipmentSequenceItem",
    "MeasurementEquipmentType",
    "MeasurementPatternCodeSequenceItem",
    "ReferencedImageSequenceItem",
    "TestImageValidation",
    "TestPatternCodeSequenceItem",
    "TestResult",
    "VisualEvaluationMethodCodeSequenceItem",
    "VisualEvaluationResultSequenceItem",
    "VisualEvaluationTestSequenceItem",
    "WhitePointFlag",
]
