"""Unified Procedure Step Performed Procedure Information Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.unified_procedure_step_performed_procedure_sequence_item import (
    UnifiedProcedureStepPerformedProcedureSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class UnifiedProcedureStepPerformedProcedureInformationModule(DicomModel):
    """Unified Procedure Step Performed Procedure Information Module Attributes (PS3.3 Table C.30.3-1)."""

    dicom_name: ClassVar[str] = "Unified Procedure Step Performed Procedure Information"
    dicom_table: ClassVar[str] = "table_C.30.3-1"

    UnifiedProcedureStepPerformedProcedureSequence: Annotated[
        list[UnifiedProcedureStepPerformedProcedureSequenceItem] | None,
        Attribute(
            0x00741216, "SQ", "1", "3", name="Unified Procedure Step Performed Procedure Sequence"
        ),
    ] = None
    """Unified Procedure Step Performed Procedure Sequence (0074,1216): Type -, VR SQ, VM 1. Details of the Procedure Step as performed. Zero or one Item shall be included in this Sequence."""
