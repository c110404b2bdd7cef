"""Item class VisualEvaluationResultSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.actual_human_performers_sequence_item import (
        ActualHumanPerformersSequenceItem as _ActualHumanPerformersSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.measurement_equipment_sequence_item import (
        MeasurementEquipmentSequenceItem as _MeasurementEquipmentSequenceItem,
    )
    from dicomodel.items.visual_evaluation_test_sequence_item import (
        VisualEvaluationTestSequenceItem as _VisualEvaluationTestSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ActualHumanPerformersSequenceItem = Lazy(
        "dicomodel.items.actual_human_performers_sequence_item", "ActualHumanPerformersSequenceItem"
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _MeasurementEquipmentSequenceItem = Lazy(
        "dicomodel.items.measurement_equipment_sequence_item", "MeasurementEquipmentSequenceItem"
    )
    _VisualEvaluationTestSequenceItem = Lazy(
        "dicomodel.items.visual_evaluation_test_sequence_item", "VisualEvaluationTestSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.measurement_equipment_type import (
        MeasurementEquipmentType as MeasurementEquipmentType,
    )
    from dicomodel.enums.test_image_validation import TestImageValidation as TestImageValidation
    from dicomodel.enums.test_result import TestResult as TestResult
    from dicomodel.items.actual_human_performers_sequence_item import (
        ActualHumanPerformersSequenceItem as ActualHumanPerformersSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as HumanPerformerCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as TestPatternCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as VisualEvaluationMethodCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.measurement_equipment_sequence_item import (
        MeasurementEquipmentSequenceItem as MeasurementEquipmentSequenceItem,
    )
    from dicomodel.items.referenced_image_sequence_item_visual_evaluation_result import (
        ReferencedImageSequenceItemVisualEvaluationResult as ReferencedImageSequenceItem,
    )
    from dicomodel.items.visual_evaluation_test_sequence_item import (
        VisualEvaluationTestSequenceItem as VisualEvaluationTestSequenceItem,
    )

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


class VisualEvaluationResultSequenceItem(DicomModel):
    """An item of Visual Evaluation Result Sequence (0028,7015), as first defined in QA Results Module Attributes (C.32.3-1)."""

    dicom_name: ClassVar[str] = "Visual Evaluation Result Sequence"
    dicom_table: ClassVar[str] = "table_C.32.3-1"

    PerformedProcedureStepStartDateTime: Annotated[
        vr.DT | None,
        Attribute(0x00404050, "DT", "1", None, name="Performed Procedure Step Start DateTime"),
    ] = None
    """Performed Procedure Step Start DateTime (0040,4050): no Type, VR DT, VM 1. Date and Time at which the QA job that generated the results started."""

    PerformedProcedureStepEndDateTime: Annotated[
        vr.DT | None,
        Attribute(0x00404051, "DT", "1", None, name="Performed Procedure Step End DateTime"),
    ] = None
    """Performed Procedure Step End DateTime (0040,4051): no Type, VR DT, VM 1. Date and Time at which the QA job that generated the results ended."""

    ActualHumanPerformersSequence: Annotated[
        list[_ActualHumanPerformersSequenceItem] | None,
        Attribute(0x00404035, "SQ", "1", None, name="Actual Human Performer Sequence"),
    ] = None
    """Actual Human Performer Sequence (0040,4035): no Type, VR SQ, VM 1. Human performer(s) responsible for the results. Zero or more Items shall be included in this Sequence."""

    MeasurementEquipmentSequence: Annotated[
        list[_MeasurementEquipmentSequenceItem] | None,
        Attribute(0x00287012, "SQ", "1", None, name="Measurement Equipment Sequence"),
    ] = None
    """Measurement Equipment Sequence (0028,7012): no Type, VR SQ, VM 1. Describes the measurement equipment (if any) used in deriving the results. This may describe standalone equipment or may re-iterate details of equipment built into the Display System. Zero or more Items shall be included in this Sequence."""

    VisualEvaluationTestSequence: Annotated[
        list[_VisualEvaluationTestSequenceItem] | None,
        Attribute(0x00287028, "SQ", "1", None, name="Visual Evaluation Test Sequence"),
    ] = None
    """Visual Evaluation Test Sequence (0028,7028): no Type, VR SQ, VM 1. Test Results of a visual evaluation of the display subsystem output. May include evaluation of multiple test pattern images, as long as all Items in this Sequence are generated in a single QA test session."""

    VisualEvaluationMethodCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x0028702E, "SQ", "1", None, name="Visual Evaluation Method Code Sequence"),
    ] = None
    """Visual Evaluation Method Code Sequence (0028,702E): no Type, VR SQ, VM 1. Coded description of the methodology used during this visual evaluation. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ActualHumanPerformersSequenceItem": (
        "dicomodel.items.actual_human_performers_sequence_item",
        "ActualHumanPerformersSequenceItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "HumanPerformerCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementEquipmentSequenceItem": (
        "dicomodel.items.measurement_equipment_sequence_item",
        "MeasurementEquipmentSequenceItem",
    ),
    "MeasurementEquipmentType": (
        "dicomodel.enums.measurement_equipment_type",
        "MeasurementEquipmentType",
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
    "VisualEvaluationTestSequenceItem": (
        "dicomodel.items.visual_evaluation_test_sequence_item",
        "VisualEvaluationTestSequenceItem",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
