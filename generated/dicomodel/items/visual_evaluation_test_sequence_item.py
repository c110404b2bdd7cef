"""Item class VisualEvaluationTestSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import test_result as _test_result
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.items.referenced_image_sequence_item_visual_evaluation_result import (
    ReferencedImageSequenceItemVisualEvaluationResult,
)
from dicomodel.model import Attribute, DicomModel


class VisualEvaluationTestSequenceItem(DicomModel):
    """An item of Visual Evaluation Test Sequence (0028,7028), as first defined in Visual Evaluation Result Macro Attributes (C.32.3.2-1)."""

    dicom_name: ClassVar[str] = "Visual Evaluation Test Sequence"
    dicom_table: ClassVar[str] = "table_C.32.3.2-1"

    TestResult: Annotated[
        _test_result.TestResult | None,
        Attribute(
            0x00287029,
            "CS",
            "1",
            "3",
            name="Test Result",
            enumerated=((0, ("PASS", "FAIL", "SKIP")),),
        ),
    ] = None
    """Test Result (0028,7029): Type -, VR CS, VM 1. Result of a test. Enumerated Values: PASS Evaluated as acceptable FAIL Evaluated as not acceptable SKIP Not evaluated"""

    TestResultComment: Annotated[
        vr.LO | None, Attribute(0x0028702A, "LO", "1", "3", name="Test Result Comment")
    ] = None
    """Test Result Comment (0028,702A): Type -, VR LO, VM 1. User comment on the result or performance of the test. Might include scoring values that are not intended to be machine readable."""

    TestPatternCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x0028702C, "SQ", "1", "3", name="Test Pattern Code Sequence"),
    ] = None
    """Test Pattern Code Sequence (0028,702C): Type -, VR SQ, VM 1. Coded identification of the test pattern presented for visual evaluation. Only a single Item shall be included in this Sequence."""

    ReferencedImageSequence: Annotated[
        list[ReferencedImageSequenceItemVisualEvaluationResult] | None,
        Attribute(
            0x00081140,
            "SQ",
            "1",
            "3",
            name="Referenced Image Sequence",
            when=("not", ("present", 0x0028702C)),
            otherwise="may",
        ),
    ] = None
    """Referenced Image Sequence (0008,1140): Type -, VR SQ, VM 1. Required if Test Pattern Code Sequence (0028,702C) is absent in this Item. May be present otherwise. Reference to the Image Instance containing the test pattern presented for visual evaluation. Only a single Item shall be included in this Sequence. Required if Test Pattern Code Sequence (0028,702C) is absent in this Item."""
