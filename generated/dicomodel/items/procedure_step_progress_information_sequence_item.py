"""Item class ProcedureStepProgressInformationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.items.procedure_step_communications_uri_sequence_item import (
    ProcedureStepCommunicationsURISequenceItem,
)
from dicomodel.items.protocol_context_sequence_item import ProtocolContextSequenceItem
from dicomodel.model import Attribute, DicomModel


class ProcedureStepProgressInformationSequenceItem(DicomModel):
    """An item of Progress Information Sequence (0074,1002), as first defined in Unified Procedure Step Progress Information Module Attributes (C.30.1-1)."""

    dicom_name: ClassVar[str] = "Progress Information Sequence"
    dicom_table: ClassVar[str] = "table_C.30.1-1"

    ProcedureStepProgress: Annotated[
        vr.DS | None, Attribute(0x00741004, "DS", "1", "3", name="Procedure Step Progress")
    ] = None
    """Procedure Step Progress (0074,1004): Type -, VR DS, VM 1. A numerical indicator of progress expressed as percentage complete. This is primarily for status rendering (e.g., progress bar). The percentage is not necessarily an accurate indication of total time."""

    ProcedureStepProgressDescription: Annotated[
        vr.ST | None,
        Attribute(0x00741006, "ST", "1", "3", name="Procedure Step Progress Description"),
    ] = None
    """Procedure Step Progress Description (0074,1006): Type -, VR ST, VM 1. A textual description of progress. For example, it might contain \"Annealing complete\"."""

    ProcedureStepProgressParametersSequence: Annotated[
        list[ProtocolContextSequenceItem] | None,
        Attribute(0x00741007, "SQ", "1", "3", name="Procedure Step Progress Parameters Sequence"),
    ] = None
    """Procedure Step Progress Parameters Sequence (0074,1007): Type -, VR SQ, VM 1. Additional procedure-specific progress information provided by the performing device while the current Procedure Step is being executed. One or more Items are permitted in this Sequence."""

    ProcedureStepCommunicationsURISequence: Annotated[
        list[ProcedureStepCommunicationsURISequenceItem] | None,
        Attribute(0x00741008, "SQ", "1", "3", name="Procedure Step Communications URI Sequence"),
    ] = None
    """Procedure Step Communications URI Sequence (0074,1008): Type -, VR SQ, VM 1. Contact Information to communicate with performers of the Procedure Step. Zero or more Items shall be included in this Sequence."""

    ProcedureStepCancellationDateTime: Annotated[
        vr.DT | None,
        Attribute(0x00404052, "DT", "1", "3", name="Procedure Step Cancellation DateTime"),
    ] = None
    """Procedure Step Cancellation DateTime (0040,4052): Type -, VR DT, VM 1. Date and Time at which the procedure step was discontinued."""

    ReasonForCancellation: Annotated[
        vr.LT | None, Attribute(0x00741238, "LT", "1", "3", name="Reason For Cancellation")
    ] = None
    """Reason For Cancellation (0074,1238): Type -, VR LT, VM 1. A textual description of the reason a procedure step was discontinued."""

    ProcedureStepDiscontinuationReasonCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(
            0x0074100E, "SQ", "1", "3", name="Procedure Step Discontinuation Reason Code Sequence"
        ),
    ] = None
    """Procedure Step Discontinuation Reason Code Sequence (0074,100E): Type -, VR SQ, VM 1. Coded Reason(s) for Discontinuing the Procedure Step. Zero or more Items shall be included in this Sequence."""
