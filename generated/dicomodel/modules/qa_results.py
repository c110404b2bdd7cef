"""QA Results Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.qa_results_sequence_item import (
        QAResultsSequenceItem as _QAResultsSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _QAResultsSequenceItem = Lazy(
        "dicomodel.items.qa_results_sequence_item", "QAResultsSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.ambient_light_value_source import (
        AmbientLightValueSource as AmbientLightValueSource,
    )
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.measurement_equipment_type import (
        MeasurementEquipmentType as MeasurementEquipmentType,
    )
    from dicomodel.enums.test_image_validation import TestImageValidation as TestImageValidation
    from dicomodel.enums.test_result import TestResult as TestResult
    from dicomodel.enums.white_point_flag import WhitePointFlag as WhitePointFlag
    from dicomodel.items.actual_human_performers_sequence_item import (
        ActualHumanPerformersSequenceItem as ActualHumanPerformersSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as HumanPerformerCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementPatternCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as TestPatternCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as VisualEvaluationMethodCodeSequenceItem,
    )
    from dicomodel.items.configuration_qa_results_sequence_item import (
        ConfigurationQAResultsSequenceItem as ConfigurationQAResultsSequenceItem,
    )
    from dicomodel.items.display_calibration_result_sequence_item import (
        DisplayCalibrationResultSequenceItem as DisplayCalibrationResultSequenceItem,
    )
    from dicomodel.items.display_subsystem_qa_results_sequence_item import (
        DisplaySubsystemQAResultsSequenceItem as DisplaySubsystemQAResultsSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.luminance_result_sequence_item import (
        LuminanceResultSequenceItem as LuminanceResultSequenceItem,
    )
    from dicomodel.items.luminance_uniformity_result_sequence_item import (
        LuminanceUniformityResultSequenceItem as LuminanceUniformityResultSequenceItem,
    )
    from dicomodel.items.measurement_equipment_sequence_item import (
        MeasurementEquipmentSequenceItem as MeasurementEquipmentSequenceItem,
    )
    from dicomodel.items.qa_results_sequence_item import (
        QAResultsSequenceItem as QAResultsSequenceItem,
    )
    from dicomodel.items.referenced_image_sequence_item_visual_evaluation_result import (
        ReferencedImageSequenceItemVisualEvaluationResult as ReferencedImageSequenceItem,
    )
    from dicomodel.items.visual_evaluation_result_sequence_item import (
        VisualEvaluationResultSequenceItem as VisualEvaluationResultSequenceItem,
    )
    from dicomodel.items.visual_evaluation_test_sequence_item import (
        VisualEvaluationTestSequenceItem as VisualEvaluationTestSequenceItem,
    )

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
    "QAResultsModule",
    "QAResultsSequenceItem",
    "ReferencedImageSequenceItem",
    "TestImageValidation",
    "TestPatternCodeSequenceItem",
    "TestResult",
    "VisualEvaluationMethodCodeSequenceItem",
    "VisualEvaluationResultSequenceItem",
    "VisualEvaluationTestSequenceItem",
    "WhitePointFlag",
]


class QAResultsModule(DicomModel):
    """QA Results Module Attributes (PS3.3 Table C.32.3-1)."""

    dicom_name: ClassVar[str] = "QA Results"
    dicom_table: ClassVar[str] = "table_C.32.3-1"

    QAResultsSequence: Annotated[
        list[_QAResultsSequenceItem] | None,
        Attribute(0x0028700F, "SQ", "1", None, name="QA Results Sequence"),
    ] = None
    """QA Results Sequence (0028,700F): no Type, VR SQ, VM 1. Results of QA activities. Exactly one Item shall be included for each Display Subsystem present in the Display System."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ActualHumanPerformersSequenceItem": (
        "dicomodel.items.actual_human_performers_sequence_item",
        "ActualHumanPerformersSequenceItem",
    ),
    "AmbientLightValueSource": (
        "dicomodel.enums.ambient_light_value_source",
        "AmbientLightValueSource",
    ),
    "ConfigurationQAResultsSequenceItem": (
        "dicomodel.items.configuration_qa_results_sequence_item",
        "ConfigurationQAResultsSequenceItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DisplayCalibrationResultSequenceItem": (
        "dicomodel.items.display_calibration_result_sequence_item",
        "DisplayCalibrationResultSequenceItem",
    ),
    "DisplaySubsystemQAResultsSequenceItem": (
        "dicomodel.items.display_subsystem_qa_results_sequence_item",
        "DisplaySubsystemQAResultsSequenceItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "HumanPerformerCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "LuminanceResultSequenceItem": (
        "dicomodel.items.luminance_result_sequence_item",
        "LuminanceResultSequenceItem",
    ),
    "LuminanceUniformityResultSequenceItem": (
        "dicomodel.items.luminance_uniformity_result_sequence_item",
        "LuminanceUniformityResultSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementEquipmentSequenceItem": (
        "dicomodel.items.measurement_equipment_sequence_item",
        "MeasurementEquipmentSequenceItem",
    ),
    "MeasurementEquipmentType": (
        "dicomodel.enums.measurement_equipment_type",
        "MeasurementEquipmentType",
    ),
    "MeasurementPatternCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "QAResultsSequenceItem": ("dicomodel.items.qa_results_sequence_item", "QAResultsSequenceItem"),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.referenced_image_sequence_item_visual_evaluation_result",
        "ReferencedImageSequenceItemVisualEvaluationResult",
    ),
    "TestImageValidation": ("dicomodel.enums.test_image_validation", "TestImageValidation"),
    "TestPatternCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "TestResult": ("dicomodel.enums.test_result", "TestResult"),
    "VisualEvaluationMethodCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "VisualEvaluationResultSequenceItem": (
        "dicomodel.items.visual_evaluation_result_sequence_item",
        "VisualEvaluationResultSequenceItem",
    ),
    "VisualEvaluationTestSequenceItem": (
        "dicomodel.items.visual_evaluation_test_sequence_item",
        "VisualEvaluationTestSequenceItem",
    ),
    "WhitePointFlag": ("dicomodel.enums.white_point_flag", "WhitePointFlag"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
