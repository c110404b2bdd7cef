"""Requested Procedure Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import reporting_priority as _reporting_priority
from dicomodel.enums import requested_procedure_priority as _requested_procedure_priority
from dicomodel.items.content_creator_identification_code_sequence_item import (
    ContentCreatorIdentificationCodeSequenceItem,
)
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.items.referenced_instance_sequence_item import ReferencedInstanceSequenceItem
from dicomodel.model import Attribute, DicomModel


class RequestedProcedureModule(DicomModel):
    """Requested Procedure Module Attributes (PS3.3 Table C.4-11)."""

    dicom_name: ClassVar[str] = "Requested Procedure"
    dicom_table: ClassVar[str] = "table_C.4-11"

    RequestedProcedureID: Annotated[
        vr.SH | None, Attribute(0x00401001, "SH", "1", "3", name="Requested Procedure ID")
    ] = None
    """Requested Procedure ID (0040,1001): Type -, VR SH, VM 1. Identifier that identifies the Requested Procedure in the Imaging Service Request."""

    ReasonForTheRequestedProcedure: Annotated[
        vr.LO | None,
        Attribute(0x00401002, "LO", "1", "3", name="Reason for the Requested Procedure"),
    ] = None
    """Reason for the Requested Procedure (0040,1002): Type -, VR LO, VM 1. Reason for requesting this imaging procedure."""

    RequestedProcedureComments: Annotated[
        vr.LT | None, Attribute(0x00401400, "LT", "1", "3", name="Requested Procedure Comments")
    ] = None
    """Requested Procedure Comments (0040,1400): Type -, VR LT, VM 1. User-defined comments on the Requested Procedure."""

    ReasonForRequestedProcedureCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x0040100A, "SQ", "1", "3", name="Reason for Requested Procedure Code Sequence"),
    ] = None
    """Reason for Requested Procedure Code Sequence (0040,100A): Type -, VR SQ, VM 1. Coded Reason for requesting this procedure. One or more Items shall be included in this Sequence."""

    RequestedProcedureCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00321064, "SQ", "1", "3", name="Requested Procedure Code Sequence"),
    ] = None
    """Requested Procedure Code Sequence (0032,1064): Type -, VR SQ, VM 1. A Sequence that conveys the Requested Procedure of one Procedure Type. Only a single Item shall be included in this Sequence."""

    RequestedLateralityCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00321065, "SQ", "1", "3", name="Requested Laterality Code Sequence"),
    ] = None
    """Requested Laterality Code Sequence (0032,1065): Type -, VR SQ, VM 1. Laterality of body part subject of procedure. Only a single Item shall be included in this Sequence. If present, shall not conflict with any pre-coordinated laterality in Requested Procedure Code Sequence (0032,1064)."""

    StudyInstanceUID: Annotated[
        vr.UI | None, Attribute(0x0020000D, "UI", "1", "3", name="Study Instance UID")
    ] = None
    """Study Instance UID (0020,000D): Type -, VR UI, VM 1. Unique identifier to be used to identify the Study."""

    StudyDate: Annotated[vr.DA | None, Attribute(0x00080020, "DA", "1", "3", name="Study Date")] = (
        None
    )
    """Study Date (0008,0020): Type -, VR DA, VM 1. Date the Study started, if any previous procedure steps within the same Study have already been performed."""

    StudyTime: Annotated[vr.TM | None, Attribute(0x00080030, "TM", "1", "3", name="Study Time")] = (
        None
    )
    """Study Time (0008,0030): Type -, VR TM, VM 1. Time the Study started, if any previous procedure steps within the same Study have already been performed."""

    ReferencedStudySequence: Annotated[
        list[ReferencedInstanceSequenceItem] | None,
        Attribute(0x00081110, "SQ", "1", "3", name="Referenced Study Sequence"),
    ] = None
    """Referenced Study Sequence (0008,1110): Type -, VR SQ, VM 1. Uniquely identifies the Studies associated with this SOP Instance. One or more Items shall be included in this Sequence. See Section 10.6.1."""

    RequestedProcedureDescription: Annotated[
        vr.LO | None, Attribute(0x00321060, "LO", "1", "3", name="Requested Procedure Description")
    ] = None
    """Requested Procedure Description (0032,1060): Type -, VR LO, VM 1. Institution-generated administrative description or classification of Requested Procedure."""

    RequestedProcedurePriority: Annotated[
        _requested_procedure_priority.RequestedProcedurePriorityTerm | vr.SH | None,
        Attribute(0x00401003, "SH", "1", "3", name="Requested Procedure Priority"),
    ] = None
    """Requested Procedure Priority (0040,1003): Type -, VR SH, VM 1. Requested Procedure Type Urgency. Defined Terms: STAT HIGH ROUTINE MEDIUM LOW"""

    PatientTransportArrangements: Annotated[
        vr.LO | None, Attribute(0x00401004, "LO", "1", "3", name="Patient Transport Arrangements")
    ] = None
    """Patient Transport Arrangements (0040,1004): Type -, VR LO, VM 1. Mode of transportation of the Patient to the location of examination."""

    RequestedProcedureLocation: Annotated[
        vr.LO | None, Attribute(0x00401005, "LO", "1", "3", name="Requested Procedure Location")
    ] = None
    """Requested Procedure Location (0040,1005): Type -, VR LO, VM 1. Physical location at which the Requested Procedure is to be performed."""

    ConfidentialityCode: Annotated[
        vr.LO | None, Attribute(0x00401008, "LO", "1", "3", name="Confidentiality Code")
    ] = None
    """Confidentiality Code (0040,1008): Type -, VR LO, VM 1. Confidentiality Constraints on the Requested Procedure by the party filling the order."""

    ReportingPriority: Annotated[
        _reporting_priority.ReportingPriorityTerm | vr.SH | None,
        Attribute(0x00401009, "SH", "1", "3", name="Reporting Priority"),
    ] = None
    """Reporting Priority (0040,1009): Type -, VR SH, VM 1. Requested Reporting Priority. Defined Terms: HIGH ROUTINE MEDIUM LOW"""

    NamesOfIntendedRecipientsOfResults: Annotated[
        list[vr.PN] | None,
        Attribute(0x00401010, "PN", "1-n", "3", name="Names of Intended Recipients of Results"),
    ] = None
    """Names of Intended Recipients of Results (0040,1010): Type -, VR PN, VM 1-n. Names of the physicians, who are intended recipients of results."""

    IntendedRecipientsOfResultsIdentificationSequence: Annotated[
        list[ContentCreatorIdentificationCodeSequenceItem] | None,
        Attribute(
            0x00401011,
            "SQ",
            "1",
            "3",
            name="Intended Recipients of Results Identification Sequence",
        ),
    ] = None
    """Intended Recipients of Results Identification Sequence (0040,1011): Type -, VR SQ, VM 1. Identification of the physicians who are intended recipients of results. One or more Items shall be included in this Sequence."""
