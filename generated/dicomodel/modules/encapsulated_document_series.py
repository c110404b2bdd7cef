"""Encapsulated Document Series Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import modality as _modality
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.items.referenced_instance_sequence_item import ReferencedInstanceSequenceItem
from dicomodel.items.request_attributes_sequence_item import RequestAttributesSequenceItem
from dicomodel.items.scheduled_protocol_code_sequence_item import ScheduledProtocolCodeSequenceItem
from dicomodel.model import Attribute, DicomModel


class EncapsulatedDocumentSeriesModule(DicomModel):
    """Encapsulated Document Series Module Attributes (PS3.3 Table C.24-1)."""

    dicom_name: ClassVar[str] = "Encapsulated Document Series"
    dicom_table: ClassVar[str] = "table_C.24-1"

    Modality: Annotated[
        _modality.ModalityTerm | vr.CS, Attribute(0x00080060, "CS", "1", "1", name="Modality")
    ]
    """Modality (0008,0060): Type 1, VR CS, VM 1. Type of device, process or method that created the Instances in this Series. This Type definition shall override the definition in the SC Equipment Module. See Section C.7.3.1.1.1 for Defined Terms."""

    SeriesInstanceUID: Annotated[
        vr.UI, Attribute(0x0020000E, "UI", "1", "1", name="Series Instance UID")
    ]
    """Series Instance UID (0020,000E): Type 1, VR UI, VM 1. Unique identifier of the Series."""

    SeriesNumber: Annotated[vr.IS, Attribute(0x00200011, "IS", "1", "1", name="Series Number")]
    """Series Number (0020,0011): Type 1, VR IS, VM 1. A number that identifies the Series."""

    SeriesDate: Annotated[
        vr.DA | None, Attribute(0x00080021, "DA", "1", "3", name="Series Date")
    ] = None
    """Series Date (0008,0021): Type 3, VR DA, VM 1. Date the Series started."""

    SeriesTime: Annotated[
        vr.TM | None, Attribute(0x00080031, "TM", "1", "3", name="Series Time")
    ] = None
    """Series Time (0008,0031): Type 3, VR TM, VM 1. Time the Series started."""

    ReferencedPerformedProcedureStepSequence: Annotated[
        list[ReferencedInstanceSequenceItem] | None,
        Attribute(0x00081111, "SQ", "1", "3", name="Referenced Performed Procedure Step Sequence"),
    ] = None
    """Referenced Performed Procedure Step Sequence (0008,1111): Type 3, VR SQ, VM 1. Uniquely identifies the Performed Procedure Step SOP Instance for which the Series is created. Only a single Item is permitted in this Sequence."""

    ProtocolName: Annotated[
        vr.LO | None, Attribute(0x00181030, "LO", "1", "3", name="Protocol Name")
    ] = None
    """Protocol Name (0018,1030): Type 3, VR LO, VM 1. Description of the conditions under which the Series was performed."""

    SeriesDescription: Annotated[
        vr.LO | None, Attribute(0x0008103E, "LO", "1", "3", name="Series Description")
    ] = None
    """Series Description (0008,103E): Type 3, VR LO, VM 1. Description of the Series."""

    SeriesDescriptionCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x0008103F, "SQ", "1", "3", name="Series Description Code Sequence"),
    ] = None
    """Series Description Code Sequence (0008,103F): Type 3, VR SQ, VM 1. A coded description of the Series. Only a single Item is permitted in this Sequence."""

    RequestAttributesSequence: Annotated[
        list[RequestAttributesSequenceItem] | None,
        Attribute(0x00400275, "SQ", "1", "3", name="Request Attributes Sequence"),
    ] = None
    """Request Attributes Sequence (0040,0275): Type 3, VR SQ, VM 1. Sequence that contains Attributes from the Imaging Service Request. One or more Items are permitted in this Sequence."""

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

    TreatmentSessionUID: Annotated[
        vr.UI | None, Attribute(0x300A0700, "UI", "1", "3", name="Treatment Session UID")
    ] = None
    """Treatment Session UID (300A,0700): Type 3, VR UI, VM 1. A unique identifier of the RT Treatment Session to which Instances in this Series belong."""
