"""Item class VisualEvaluationResultSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.actual_human_performers_sequence_item import ActualHumanPerformersSequenceItem
from dicomodel.items.measurement_equipment_sequence_item import MeasurementEquipmentSequenceItem
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.items.visual_evaluation_test_sequence_item import VisualEvaluationTestSequenceItem
from dicomodel.model import Attribute, DicomModel


class VisualEvaluationResultSequenceItem(DicomModel):
    """An item of Visual Evaluation Result Sequence (0028,7015), as first defined in QA Results Module Attributes (C.32.3-1)."""

    dicom_name: ClassVar[str] = "Visual Evaluation Result Sequence"
    dicom_table: ClassVar[str] = "table_C.32.3-1"

    PerformedProcedureStepStartDateTime: Annotated[
        vr.DT | None,
        Attribute(0x00404050, "DT", "1", "3", name="Performed Procedure Step Start DateTime"),
    ] = None
    """Performed Procedure Step Start DateTime (0040,4050): Type -, VR DT, VM 1. Date and Time at which the QA job that generated the results started."""

    PerformedProcedureStepEndDateTime: Annotated[
        vr.DT | None,
        Attribute(0x00404051, "DT", "1", "3", name="Performed Procedure Step End DateTime"),
    ] = None
    """Performed Procedure Step End DateTime (0040,4051): Type -, VR DT, VM 1. Date and Time at which the QA job that generated the results ended."""

    ActualHumanPerformersSequence: Annotated[
        list[ActualHumanPerformersSequenceItem] | None,
        Attribute(0x00404035, "SQ", "1", "3", name="Actual Human Performer Sequence"),
    ] = None
    """Actual Human Performer Sequence (0040,4035): Type -, VR SQ, VM 1. Human performer(s) responsible for the results. Zero or more Items shall be included in this Sequence."""

    MeasurementEquipmentSequence: Annotated[
        list[MeasurementEquipmentSequenceItem] | None,
        Attribute(0x00287012, "SQ", "1", "3", name="Measurement Equipment Sequence"),
    ] = None
    """Measurement Equipment Sequence (0028,7012): Type -, VR SQ, VM 1. Describes the measurement equipment (if any) used in deriving the results. This may describe standalone equipment or may re-iterate details of equipment built into the Display System. Zero or more Items shall be included in this Sequence."""

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
