"""Unified Procedure Step Progress Information Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import procedure_step_state as _procedure_step_state
from dicomodel.items.procedure_step_progress_information_sequence_item import (
    ProcedureStepProgressInformationSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class UnifiedProcedureStepProgressInformationModule(DicomModel):
    """Unified Procedure Step Progress Information Module Attributes (PS3.3 Table C.30.1-1)."""

    dicom_name: ClassVar[str] = "Unified Procedure Step Progress Information"
    dicom_table: ClassVar[str] = "table_C.30.1-1"

    ProcedureStepState: Annotated[
        _procedure_step_state.ProcedureStepState | None,
        Attribute(
            0x00741000,
            "CS",
            "1",
            "3",
            name="Procedure Step State",
            enumerated=((0, ("SCHEDULED", "IN PROGRESS", "CANCELED", "COMPLETED")),),
        ),
    ] = None
    """Procedure Step State (0074,1000): Type -, VR CS, VM 1. State of the Procedure Step. Enumerated Values: SCHEDULED IN PROGRESS CANCELED COMPLETED See PS3.4 for details on Unified Procedure Step states."""

    ProcedureStepProgressInformationSequence: Annotated[
        list[ProcedureStepProgressInformationSequenceItem] | None,
        Attribute(0x00741002, "SQ", "1", "3", name="Progress Information Sequence"),
    ] = None
    """Progress Information Sequence (0074,1002): Type -, VR SQ, VM 1. Information about work progress for the Procedure Step. Zero or one Item shall be included in this Sequence."""
