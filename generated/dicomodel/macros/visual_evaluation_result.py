"""Visual Evaluation Result Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.visual_evaluation_test_sequence_item import (
        VisualEvaluationTestSequenceItem as _VisualEvaluationTestSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _VisualEvaluationTestSequenceItem = Lazy(
        "dicomodel.items.visual_evaluation_test_sequence_item", "VisualEvaluationTestSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.test_image_validation import TestImageValidation as TestImageValidation
    from dicomodel.enums.test_result import TestResult as TestResult
    from dicomodel.items.code_sequence_item import CodeSequenceItem as TestPatternCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as VisualEvaluationMethodCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.referenced_image_sequence_item_visual_evaluation_result import (
        ReferencedImageSequenceItemVisualEvaluationResult as ReferencedImageSequenceItem,
    )
    from dicomodel.items.visual_evaluation_test_sequence_item import (
        VisualEvaluationTestSequenceItem as VisualEvaluationTestSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "ReferencedImageSequenceItem",
    "TestImageValidation",
    "TestPatternCodeSequenceItem",
    "TestResult",
    "VisualEvaluationMethodCodeSequenceItem",
    "VisualEvaluationResultMacro",
    "VisualEvaluationTestSequenceItem",
]


class VisualEvaluationResultMacro(DicomModel):
    """Visual Evaluation Result Macro Attributes (PS3.3 Table C.32.3.2-1)."""

    dicom_name: ClassVar[str] = "Visual Evaluation Result"
    dicom_table: ClassVar[str] = "table_C.32.3.2-1"

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
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
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
