"""Scheduled Procedure Step Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.scheduled_procedure_step_sequence_item import (
    ScheduledProcedureStepSequenceItem,
)
from dicomodel.items.scheduled_specimen_sequence_item import ScheduledSpecimenSequenceItem
from dicomodel.model import Attribute, DicomModel


class ScheduledProcedureStepModule(DicomModel):
    """Scheduled Procedure Step Module Attributes (PS3.3 Table C.4-10)."""

    dicom_name: ClassVar[str] = "Scheduled Procedure Step"
    dicom_table: ClassVar[str] = "table_C.4-10"

    ScheduledProcedureStepSequence: Annotated[
        list[ScheduledProcedureStepSequenceItem] | None,
        Attribute(0x00400100, "SQ", "1", "3", name="Scheduled Procedure Step Sequence"),
    ] = None
    """Scheduled Procedure Step Sequence (0040,0100): Type -, VR SQ, VM 1. One or more Scheduled Procedure Steps for one Requested Procedure."""

    ScheduledSpecimenSequence: Annotated[
        list[ScheduledSpecimenSequenceItem] | None,
        Attribute(0x00400500, "SQ", "1", "3", name="Scheduled Specimen Sequence"),
    ] = None
    """Scheduled Specimen Sequence (0040,0500): Type -, VR SQ, VM 1. Sequence of Items identifying specimens to be imaged in the identified Scheduled Procedure Step(s), with their characteristics."""

    BarcodeValue: Annotated[
        vr.LT | None, Attribute(0x22000005, "LT", "1", "3", name="Barcode Value")
    ] = None
    """Barcode Value (2200,0005): Type -, VR LT, VM 1. Barcode interpreted from a scanned label. In the case of a scanned patient label, this may be the same as Patient ID (0010,0020), but it is included in the Scheduled Procedure Step Module rather than the Patient Identification Module since..."""
