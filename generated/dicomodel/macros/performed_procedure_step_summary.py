"""Performed Procedure Step Summary Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.scheduled_protocol_code_sequence_item import ScheduledProtocolCodeSequenceItem
from dicomodel.model import Attribute, DicomModel


class PerformedProcedureStepSummaryMacro(DicomModel):
    """Performed Procedure Step Summary Macro Attributes (PS3.3 Table 10-16)."""

    dicom_name: ClassVar[str] = "Performed Procedure Step Summary"
    dicom_table: ClassVar[str] = "table_10-16"

    PerformedProcedureStepID: Annotated[
        vr.SH | None, Attribute(0x00400253, "SH", "1", "3", name="Performed Procedure Step ID")
    ] = None
    """Performed Procedure Step ID (0040,0253): Type 3, VR SH, VM 1. User or equipment generated identifier of that part of a Procedure that has been carried out within this step."""

    PerformedProcedureStepStartDate: Annotated[
        vr.DA | None,
        Attribute(0x00400244, "DA", "1", "3", name="Performed Procedure Step Start Date"),
    ] = None
    """Performed Procedure Step Start Date (0040,0244): Type 3, VR DA, VM 1. Date on which the Performed Procedure Step started."""

    PerformedProcedureStepStartTime: Annotated[
        vr.TM | None,
        Attribute(0x00400245, "TM", "1", "3", name="Performed Procedure Step Start Time"),
    ] = None
    """Performed Procedure Step Start Time (0040,0245): Type 3, VR TM, VM 1. Time on which the Performed Procedure Step started."""

    PerformedProcedureStepEndDate: Annotated[
        vr.DA | None,
        Attribute(0x00400250, "DA", "1", "3", name="Performed Procedure Step End Date"),
    ] = None
    """Performed Procedure Step End Date (0040,0250): Type 3, VR DA, VM 1. Date on which the Performed Procedure Step ended."""

    PerformedProcedureStepEndTime: Annotated[
        vr.TM | None,
        Attribute(0x00400251, "TM", "1", "3", name="Performed Procedure Step End Time"),
    ] = None
    """Performed Procedure Step End Time (0040,0251): Type 3, VR TM, VM 1. Time at which the Performed Procedure Step ended."""

    PerformedProcedureStepDescription: Annotated[
        vr.LO | None,
        Attribute(0x00400254, "LO", "1", "3", name="Performed Procedure Step Description"),
    ] = None
    """Performed Procedure Step Description (0040,0254): Type 3, VR LO, VM 1. Institution-generated description or classification of the Procedure Step that was performed."""

    PerformedProtocolCodeSequence: Annotated[
        list[ScheduledProtocolCodeSequenceItem] | None,
        Attribute(0x00400260, "SQ", "1", "3", name="Performed Protocol Code Sequence"),
    ] = None
    """Performed Protocol Code Sequence (0040,0260): Type 3, VR SQ, VM 1. Sequence describing the Protocol performed for this Procedure Step. One or more Items are permitted in this Sequence."""

    CommentsOnThePerformedProcedureStep: Annotated[
        vr.ST | None,
        Attribute(0x00400280, "ST", "1", "3", name="Comments on the Performed Procedure Step"),
    ] = None
    """Comments on the Performed Procedure Step (0040,0280): Type 3, VR ST, VM 1. User-defined comments on the Performed Procedure Step."""
