"""Display QA Result Context Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.actual_human_performers_sequence_item import ActualHumanPerformersSequenceItem
from dicomodel.items.measurement_equipment_sequence_item import MeasurementEquipmentSequenceItem
from dicomodel.model import Attribute, DicomModel


class DisplayQAResultContextMacro(DicomModel):
    """Display QA Result Context Macro Attributes (PS3.3 Table C.32.3.1-1)."""

    dicom_name: ClassVar[str] = "Display QA Result Context"
    dicom_table: ClassVar[str] = "table_C.32.3.1-1"

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
