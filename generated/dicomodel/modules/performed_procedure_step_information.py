"""Performed Procedure Step Information Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import performed_procedure_step_status as _performed_procedure_step_status
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class PerformedProcedureStepInformationModule(DicomModel):
    """Performed Procedure Step Information Module Attributes (PS3.3 Table C.4-14)."""

    dicom_name: ClassVar[str] = "Performed Procedure Step Information"
    dicom_table: ClassVar[str] = "table_C.4-14"

    PerformedStationAETitle: Annotated[
        vr.AE | None, Attribute(0x00400241, "AE", "1", "3", name="Performed Station AE Title")
    ] = None
    """Performed Station AE Title (0040,0241): Type -, VR AE, VM 1. AE title of the modality on which the Performed Procedure Step was performed."""

    PerformedStationName: Annotated[
        vr.SH | None, Attribute(0x00400242, "SH", "1", "3", name="Performed Station Name")
    ] = None
    """Performed Station Name (0040,0242): Type -, VR SH, VM 1. An institution defined name for the modality on which the Performed Procedure Step was performed."""

    PerformedLocation: Annotated[
        vr.SH | None, Attribute(0x00400243, "SH", "1", "3", name="Performed Location")
    ] = None
    """Performed Location (0040,0243): Type -, VR SH, VM 1. Description of the location at which the Performed Procedure Step was performed."""

    PerformedProcedureStepStartDate: Annotated[
        vr.DA | None,
        Attribute(0x00400244, "DA", "1", "3", name="Performed Procedure Step Start Date"),
    ] = None
    """Performed Procedure Step Start Date (0040,0244): Type -, VR DA, VM 1. Date on which the Performed Procedure Step started. This value may be used to determine the earliest date to use as Study Date (0008,0020) in Composite Instances and in updated Modality Scheduled Procedure Steps in order to allow Study leve..."""

    PerformedProcedureStepStartTime: Annotated[
        vr.TM | None,
        Attribute(0x00400245, "TM", "1", "3", name="Performed Procedure Step Start Time"),
    ] = None
    """Performed Procedure Step Start Time (0040,0245): Type -, VR TM, VM 1. Time at which the Performed Procedure Step started. This value may be used to determine the earliest time to use as Study Time (0008,0030) in Composite Instances and in updated Modality Scheduled Procedure Steps in order to allow Study leve..."""

    PerformedProcedureStepID: Annotated[
        vr.SH | None, Attribute(0x00400253, "SH", "1", "3", name="Performed Procedure Step ID")
    ] = None
    """Performed Procedure Step ID (0040,0253): Type -, VR SH, VM 1. User or equipment generated identifier of that part of a Procedure that has been carried out within this step."""

    PerformedProcedureStepEndDate: Annotated[
        vr.DA | None,
        Attribute(0x00400250, "DA", "1", "3", name="Performed Procedure Step End Date"),
    ] = None
    """Performed Procedure Step End Date (0040,0250): Type -, VR DA, VM 1. Date on which the Performed Procedure Step ended."""

    PerformedProcedureStepEndTime: Annotated[
        vr.TM | None,
        Attribute(0x00400251, "TM", "1", "3", name="Performed Procedure Step End Time"),
    ] = None
    """Performed Procedure Step End Time (0040,0251): Type -, VR TM, VM 1. Time at which the Performed Procedure Step ended."""

    PerformedProcedureStepStatus: Annotated[
        _performed_procedure_step_status.PerformedProcedureStepStatus | None,
        Attribute(
            0x00400252,
            "CS",
            "1",
            "3",
            name="Performed Procedure Step Status",
            enumerated=((0, ("IN PROGRESS", "DISCONTINUED", "COMPLETED")),),
        ),
    ] = None
    """Performed Procedure Step Status (0040,0252): Type -, VR CS, VM 1. Contains the state of the Performed Procedure Step. Enumerated Values: IN PROGRESS Started but not complete DISCONTINUED Canceled or unsuccessfully terminated COMPLETED Successfully completed"""

    PerformedProcedureStepDescription: Annotated[
        vr.LO | None,
        Attribute(0x00400254, "LO", "1", "3", name="Performed Procedure Step Description"),
    ] = None
    """Performed Procedure Step Description (0040,0254): Type -, VR LO, VM 1. Institution-generated description or classification of the Procedure Step that was performed."""

    CommentsOnThePerformedProcedureStep: Annotated[
        vr.ST | None,
        Attribute(0x00400280, "ST", "1", "3", name="Comments on the Performed Procedure Step"),
    ] = None
    """Comments on the Performed Procedure Step (0040,0280): Type -, VR ST, VM 1. User-defined comments on the Performed Procedure Step."""

    PerformedProcedureTypeDescription: Annotated[
        vr.LO | None,
        Attribute(0x00400255, "LO", "1", "3", name="Performed Procedure Type Description"),
    ] = None
    """Performed Procedure Type Description (0040,0255): Type -, VR LO, VM 1. A description of the type of procedure performed."""

    ProcedureCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00081032, "SQ", "1", "3", name="Procedure Code Sequence"),
    ] = None
    """Procedure Code Sequence (0008,1032): Type -, VR SQ, VM 1. A Sequence that conveys the (single) type of procedure performed. Only a single Item shall be included in this Sequence."""

    ReasonForPerformedProcedureCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00401012, "SQ", "1", "3", name="Reason For Performed Procedure Code Sequence"),
    ] = None
    """Reason For Performed Procedure Code Sequence (0040,1012): Type -, VR SQ, VM 1. Coded reason(s) for performing this procedure. May differ from the values in Reason for the Requested Procedure (0040,100A) in Request Attribute Sequence (0040,0275), for example if what was performed differs from what was requested."""

    PerformedProcedureStepDiscontinuationReasonCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(
            0x00400281,
            "SQ",
            "1",
            "3",
            name="Performed Procedure Step Discontinuation Reason Code Sequence",
        ),
    ] = None
    """Performed Procedure Step Discontinuation Reason Code Sequence (0040,0281): Type -, VR SQ, VM 1. The reason the Performed Procedure Step Status (0040,0252) was set to DISCONTINUED."""
