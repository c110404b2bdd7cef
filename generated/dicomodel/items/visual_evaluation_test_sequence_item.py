"""Item class VisualEvaluationTestSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.test_result import TestResultValue as _TestResultValue
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.referenced_image_sequence_item_visual_evaluation_result import (
        ReferencedImageSequenceItemVisualEvaluationResult as _ReferencedImageSequenceItemVisualEvaluationResult,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ReferencedImageSequenceItemVisualEvaluationResult = Lazy(
        "dicomodel.items.referenced_image_sequence_item_visual_evaluation_result",
        "ReferencedImageSequenceItemVisualEvaluationResult",
    )
    _TestResultValue = Lazy("dicomodel.enums.test_result", "TestResultValue")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.test_image_validation import TestImageValidation as TestImageValidation
    from dicomodel.enums.test_result import TestResult as TestResult
    from dicomodel.items.code_sequence_item import CodeSequenceItem as TestPatternCodeSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.referenced_image_sequence_item_visual_evaluation_result import (
        ReferencedImageSequenceItemVisualEvaluationResult as ReferencedImageSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "ReferencedImageSequenceItem",
    "TestImageValidation",
    "TestPatternCodeSequenceItem",
    "TestResult",
    "VisualEvaluationTestSequenceItem",
]


class VisualEvaluationTestSequenceItem(DicomModel):
    """An item of Visual Evaluation Test Sequence (0028,7028), as first defined in Visual Evaluation Result Macro Attributes (C.32.3.2-1)."""

    dicom_name: ClassVar[str] = "Visual Evaluation Test Sequence"
    dicom_table: ClassVar[str] = "table_C.32.3.2-1"

    TestResult: Annotated[
        _TestResultValue | None,
        Attribute(
            0x00287029,
            "CS",
            "1",
            None,
            name="Test Result",
            enumerated=((0, ("PASS", "FAIL", "SKIP")),),
        ),
    ] = None
    """Test Result (0028,7029): no Type, VR CS, VM 1. Result of a test. Enumerated Values: PASS Evaluated as acceptable FAIL Evaluated as not acceptable SKIP Not evaluated"""

    TestResultComment: Annotated[
        vr.LO | None, Attribute(0x0028702A, "LO", "1", None, name="Test Result Comment")
    ] = None
    """Test Result Comment (0028,702A): no Type, VR LO, VM 1. User comment on the result or performance of the test. Might include scoring values that are not intended to be machine readable."""

    TestPatternCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x0028702C, "SQ", "1", None, name="Test Pattern Code Sequence"),
    ] = None
    """Test Pattern Code Sequence (0028,702C): no Type, VR SQ, VM 1. Coded identification of the test pattern presented for visual evaluation. Only a single Item shall be included in this Sequence."""

    ReferencedImageSequence: Annotated[
        list[_ReferencedImageSequenceItemVisualEvaluationResult] | None,
        Attribute(
            0x00081140,
            "SQ",
            "1",
            None,
            name="Referenced Image Sequence",
            when=("not", ("present", 0x0028702C)),
            otherwise="may",
        ),
    ] = None
    """Referenced Image Sequence (0008,1140): no Type, VR SQ, VM 1. Required if Test Pattern Code Sequence (0028,702C) is absent in this Item. May be present otherwise. Reference to the Image Instance containing the test pattern presented for visual evaluation. Only a single Item shall be included in this Sequence. Required if Test Pattern Code Sequence (0028,702C) is absent in this Item."""


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
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
