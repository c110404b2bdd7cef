"""Item class QAResultsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.display_subsystem_qa_results_sequence_item import (
        DisplaySubsystemQAResultsSequenceItem as _DisplaySubsystemQAResultsSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _DisplaySubsystemQAResultsSequenceItem = Lazy(
        "dicomodel.items.display_subsystem_qa_results_sequence_item",
        "DisplaySubsystemQAResultsSequenceItem",
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


class QAResultsSequenceItem(DicomModel):
    """An item of QA Results Sequence (0028,700F), as first defined in QA Results Module Attributes (C.32.3-1)."""

    dicom_name: ClassVar[str] = "QA Results Sequence"
    dicom_table: ClassVar[str] = "table_C.32.3-1"

    DisplaySubsystemID: Annotated[
        vr.US | None, Attribute(0x00287003, "US", "1", None, name="Display Subsystem ID")
    ] = None
    """Display Subsystem ID (0028,7003): no Type, VR US, VM 1. The Display Subsystem ID of the Item in the Display Subsystem Sequence (0028,7023) to which these results apply."""

    DisplaySubsystemQAResultsSequence: Annotated[
        list[_DisplaySubsystemQAResultsSequenceItem] | None,
        Attribute(0x00287010, "SQ", "1", None, name="Display Subsystem QA Results Sequence"),
    ] = None
    """Display Subsystem QA Results Sequence (0028,7010): no Type, VR SQ, VM 1. Results of QA activities for the identified Display Subsystem. Zero or more Items shall be included in this Sequence."""


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
