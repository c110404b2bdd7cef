"""SR Document General Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import completion_flag as _completion_flag
from dicomodel.enums import preliminary_flag as _preliminary_flag
from dicomodel.enums import verification_flag as _verification_flag
from dicomodel.items.asserter_identification_sequence_item import AsserterIdentificationSequenceItem
from dicomodel.items.custodial_organization_sequence_item import CustodialOrganizationSequenceItem
from dicomodel.items.participant_sequence_item import ParticipantSequenceItem
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.items.referenced_instance_sequence_item_rt_dose import (
    ReferencedInstanceSequenceItemRTDose,
)
from dicomodel.items.referenced_raw_data_sequence_item import ReferencedRawDataSequenceItem
from dicomodel.items.referenced_request_sequence_item import ReferencedRequestSequenceItem
from dicomodel.items.verifying_observer_sequence_item import VerifyingObserverSequenceItem
from dicomodel.model import Attribute, DicomModel


class SRDocumentGeneralModule(DicomModel):
    """SR Document General Module Attributes (PS3.3 Table C.17-2)."""

    dicom_name: ClassVar[str] = "SR Document General"
    dicom_table: ClassVar[str] = "table_C.17-2"

    InstanceNumber: Annotated[vr.IS, Attribute(0x00200013, "IS", "1", "1", name="Instance Number")]
    """Instance Number (0020,0013): Type 1, VR IS, VM 1. A number that identifies the SR Document."""

    PreliminaryFlag: Annotated[
        _preliminary_flag.PreliminaryFlag | None,
        Attribute(
            0x0040A496,
            "CS",
            "1",
            "3",
            name="Preliminary Flag",
            enumerated=((0, ("PRELIMINARY", "FINAL")),),
        ),
    ] = None
    """Preliminary Flag (0040,A496): Type 3, VR CS, VM 1. Indicates whether this SR Document is intended to be regarded as a preliminary or final report. Enumerated Values: PRELIMINARY This report precedes the final report and may contain limited information; it may be time sensitive, and it is no..."""

    CompletionFlag: Annotated[
        _completion_flag.CompletionFlag,
        Attribute(
            0x0040A491,
            "CS",
            "1",
            "1",
            name="Completion Flag",
            enumerated=((0, ("PARTIAL", "COMPLETE")),),
        ),
    ]
    """Completion Flag (0040,A491): Type 1, VR CS, VM 1. The estimated degree of completeness of this SR Document. See Section C.17.2.7. Enumerated Values: PARTIAL Partial content. COMPLETE Complete content."""

    CompletionFlagDescription: Annotated[
        vr.LO | None, Attribute(0x0040A492, "LO", "1", "3", name="Completion Flag Description")
    ] = None
    """Completion Flag Description (0040,A492): Type 3, VR LO, VM 1. Explanation of the value of Completion Flag (0040,A491)."""

    VerificationFlag: Annotated[
        _verification_flag.VerificationFlag,
        Attribute(
            0x0040A493,
            "CS",
            "1",
            "1",
            name="Verification Flag",
            enumerated=((0, ("UNVERIFIED", "VERIFIED")),),
        ),
    ]
    """Verification Flag (0040,A493): Type 1, VR CS, VM 1. Indicates whether this SR Document is Verified. Enumerated Values: UNVERIFIED Not attested to. VERIFIED Attested to by a Verifying Observer Name (0040,A075) who is accountable for its content."""

    ContentDate: Annotated[vr.DA, Attribute(0x00080023, "DA", "1", "1", name="Content Date")]
    """Content Date (0008,0023): Type 1, VR DA, VM 1. The date the document content creation started."""

    ContentTime: Annotated[vr.TM, Attribute(0x00080033, "TM", "1", "1", name="Content Time")]
    """Content Time (0008,0033): Type 1, VR TM, VM 1. The time the document content creation started."""

    VerifyingObserverSequence: Annotated[
        list[VerifyingObserverSequenceItem] | None,
        Attribute(
            0x0040A073,
            "SQ",
            "1",
            "1C",
            name="Verifying Observer Sequence",
            when=("value", 0x0040A493, 0, "in", ("VERIFIED",)),
        ),
    ] = None
    """Verifying Observer Sequence (0040,A073): Type 1C, VR SQ, VM 1. Required if Verification Flag (0040,A493) is VERIFIED. The person or persons authorized to verify documents of this type and accept responsibility for the content of this document. One or more Items shall be included in this Sequence. Required if Verification Flag (0040,A493) is VERIFIED."""

    AuthorObserverSequence: Annotated[
        list[AsserterIdentificationSequenceItem] | None,
        Attribute(0x0040A078, "SQ", "1", "3", name="Author Observer Sequence"),
    ] = None
    """Author Observer Sequence (0040,A078): Type 3, VR SQ, VM 1. The person or device that created the clinical content of this document. This Attribute sets the default Observer Context for the root of the Content Tree. One or more Items are permitted in this Sequence."""

    ParticipantSequence: Annotated[
        list[ParticipantSequenceItem] | None,
        Attribute(0x0040A07A, "SQ", "1", "3", name="Participant Sequence"),
    ] = None
    """Participant Sequence (0040,A07A): Type 3, VR SQ, VM 1. Persons or devices related to the clinical content of this document. One or more Items are permitted in this Sequence."""

    CustodialOrganizationSequence: Annotated[
        list[CustodialOrganizationSequenceItem] | None,
        Attribute(0x0040A07C, "SQ", "1", "3", name="Custodial Organization Sequence"),
    ] = None
    """Custodial Organization Sequence (0040,A07C): Type 3, VR SQ, VM 1. Custodial organization for this SR Document Instance. Represents the organization from which the document originates and that is in charge of maintaining the document, i.e., the steward of the original source document."""

    PredecessorDocumentsSequence: Annotated[
        list[ReferencedRawDataSequenceItem] | None,
        Attribute(
            0x0040A360,
            "SQ",
            "1",
            "1C",
            name="Predecessor Documents Sequence",
            when=(
                "unknown",
                "names no attribute: this document includes content from other documents",
            ),
        ),
    ] = None
    """Predecessor Documents Sequence (0040,A360): Type 1C, VR SQ, VM 1. Required if this document includes content from other documents. References to SOP Instances (e.g., prior or preliminary reports) whose content has been wholly or partially included in this document with or without modification. One or more Items shall be included in this Sequence."""

    IdenticalDocumentsSequence: Annotated[
        list[ReferencedRawDataSequenceItem] | None,
        Attribute(
            0x0040A525,
            "SQ",
            "1",
            "1C",
            name="Identical Documents Sequence",
            when=(
                "unknown",
                "names no attribute: this document is stored with different SOP Instance UIDs in one or more other Studies",
            ),
        ),
    ] = None
    """Identical Documents Sequence (0040,A525): Type 1C, VR SQ, VM 1. Required if this document is stored with different SOP Instance UIDs in one or more other Studies. Duplicates of this document, stored with different SOP Instance UIDs. One or more Items shall be included in this Sequence. Required if this document is stored with different SOP Instance UIDs in one or more other Studies."""

    ReferencedRequestSequence: Annotated[
        list[ReferencedRequestSequenceItem] | None,
        Attribute(
            0x0040A370,
            "SQ",
            "1",
            "1C",
            name="Referenced Request Sequence",
            when=(
                "unknown",
                "names no attribute: this Document fulfills at least one Requested Procedure",
            ),
            otherwise="may",
        ),
    ] = None
    """Referenced Request Sequence (0040,A370): Type 1C, VR SQ, VM 1. Required if this Document fulfills at least one Requested Procedure. May be present otherwise. Identifies Requested Procedures that are being fulfilled (completely or partially) by creation of this Document. One or more Items shall be included in this Sequence. Required if this Document fulfills at least one Requested Procedure."""

    PerformedProcedureCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x0040A372, "SQ", "1", "2", name="Performed Procedure Code Sequence"),
    ]
    """Performed Procedure Code Sequence (0040,A372): Type 2, VR SQ, VM 1. A Sequence that conveys the codes of the performed procedures pertaining to this SOP Instance. Zero or more Items shall be included in this Sequence."""

    CurrentRequestedProcedureEvidenceSequence: Annotated[
        list[ReferencedRawDataSequenceItem] | None,
        Attribute(
            0x0040A375,
            "SQ",
            "1",
            "1C",
            name="Current Requested Procedure Evidence Sequence",
            when=(
                "unknown",
                "names no attribute: the creator is aware of Composite Objects acquired in order to satisfy the Requested Procedure ( s ) for which the SR Document is or if Instances are referenced in the Content Tree",
            ),
            otherwise="may",
        ),
    ] = None
    """Current Requested Procedure Evidence Sequence (0040,A375): Type 1C, VR SQ, VM 1. Required if the creator is aware of Composite Objects acquired in order to satisfy the Requested Procedure(s) for which the SR Document is or if Instances are referenced in the Content Tree. May be present otherwise. Full set of Composite SOP Instances, of which the creator is aware, which were created to satisfy the current Requested Procedure(s) for which this SR Document is generated or that are referenced in the Content Tree."""

    PertinentOtherEvidenceSequence: Annotated[
        list[ReferencedRawDataSequenceItem] | None,
        Attribute(
            0x0040A385,
            "SQ",
            "1",
            "1C",
            name="Pertinent Other Evidence Sequence",
            when=(
                "unknown",
                "names no attribute: pertinent evidence from other Requested Procedures needs to be recorded",
            ),
        ),
    ] = None
    """Pertinent Other Evidence Sequence (0040,A385): Type 1C, VR SQ, VM 1. Required if pertinent evidence from other Requested Procedures needs to be recorded. Other Composite SOP Instances that are considered to be pertinent evidence by the creator of this SR Document. This evidence must have been acquired in order to satisfy Requested Procedures other than the one(s) for which this SR Document i..."""

    ReferencedInstanceSequence: Annotated[
        list[ReferencedInstanceSequenceItemRTDose] | None,
        Attribute(
            0x0008114A,
            "SQ",
            "1",
            "1C",
            name="Referenced Instance Sequence",
            when=("unknown", "depends on what is known to the creator"),
            otherwise="may",
        ),
    ] = None
    """Referenced Instance Sequence (0008,114A): Type 1C, VR SQ, VM 1. Required if the identity of a CDA Document equivalent to the current SOP Instance is known at the time of creation of this SOP Instance (see Section C.17.2.6). May be present otherwise. Sequence specifying SOP Instances significantly related to the current SOP Instance, but which are not referenced in the Current Requested Procedure Evidence Sequence (0040,A375), Pertinent Other Evidence Sequence (0040,A385), Predecessor D..."""
