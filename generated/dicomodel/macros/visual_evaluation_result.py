"""Visual Evaluation Result Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.items.visual_evaluation_test_sequence_item import VisualEvaluationTestSequenceItem
from dicomodel.model import Attribute, DicomModel


class VisualEvaluationResultMacro(DicomModel):
    """Visual Evaluation Result Macro Attributes (PS3.3 Table C.32.3.2-1)."""

    dicom_name: ClassVar[str] = "Visual Evaluation Result"
    dicom_table: ClassVar[str] = "table_C.32.3.2-1"

    VisualEvaluationTestSequence: Annotated[
        list[VisualEvaluationTestSequenceItem] | None,
        Attribute(0x00287028, "SQ", "1", "3", name="Visual Evaluation Test Sequence"),
    ] = None
    """Visual Evaluation Test Sequence (0028,7028): Type -, VR SQ, VM 1. Test Results of a visual evaluation of the display subsystem output. May include evaluation of multiple test pattern images, as long as all Items in this Sequence are generated in a single QA test session."""

    VisualEvaluationMethodCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x0028702E, "SQ", "1", "3", name="Visual Evaluation Method Code Sequence"),
    ] = None
    """Visual Evaluation Method Code Sequence (0028,702E): Type -, VR SQ, VM 1. Coded description of the methodology used during this visual evaluation. Only a single Item shall be included in this Sequence."""
