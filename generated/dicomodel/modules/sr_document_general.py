"""SR Document General Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.completion_flag import CompletionFlagValue as _CompletionFlagValue
    from dicomodel.enums.preliminary_flag import PreliminaryFlagValue as _PreliminaryFlagValue
    from dicomodel.enums.verification_flag import VerificationFlagValue as _VerificationFlagValue
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.custodial_organization_sequence_item import (
        CustodialOrganizationSequenceItem as _CustodialOrganizationSequenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as _HierarchicalSOPInstanceReferenceItem,
    )
    from dicomodel.items.identified_person_or_device_item import (
        IdentifiedPersonOrDeviceItem as _IdentifiedPersonOrDeviceItem,
    )
    from dicomodel.items.participant_sequence_item import (
        ParticipantSequenceItem as _ParticipantSequenceItem,
    )
    from dicomodel.items.referenced_instance_sequence_item_rt_dose import (
        ReferencedInstanceSequenceItemRTDose as _ReferencedInstanceSequenceItemRTDose,
    )
    from dicomodel.items.referenced_request_item import (
        ReferencedRequestItem as _ReferencedRequestItem,
    )
    from dicomodel.items.verifying_observer_sequence_item import (
        VerifyingObserverSequenceItem as _VerifyingObserverSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _CompletionFlagValue = Lazy("dicomodel.enums.completion_flag", "CompletionFlagValue")
    _CustodialOrganizationSequenceItem = Lazy(
        "dicomodel.items.custodial_organization_sequence_item", "CustodialOrganizationSequenceItem"
    )
    _HierarchicalSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
    )
    _IdentifiedPersonOrDeviceItem = Lazy(
        "dicomodel.items.identified_person_or_device_item", "IdentifiedPersonOrDeviceItem"
    )
    _ParticipantSequenceItem = Lazy(
        "dicomodel.items.participant_sequence_item", "ParticipantSequenceItem"
    )
    _PreliminaryFlagValue = Lazy("dicomodel.enums.preliminary_flag", "PreliminaryFlagValue")
    _ReferencedInstanceSequenceItemRTDose = Lazy(
        "dicomodel.items.referenced_instance_sequence_item_rt_dose",
        "ReferencedInstanceSequenceItemRTDose",
    )
    _ReferencedRequestItem = Lazy(
        "dicomodel.items.referenced_request_item", "ReferencedRequestItem"
    )
    _VerificationFlagValue = Lazy("dicomodel.enums.verification_flag", "VerificationFlagValue")
    _VerifyingObserverSequenceItem = Lazy(
        "dicomodel.items.verifying_observer_sequence_item", "VerifyingObserverSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.completion_flag import CompletionFlag as CompletionFlag
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mac_algorithm import MACAlgorithmTerm as MACAlgorithmTerm
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.observer_type import ObserverType as ObserverType
    from dicomodel.enums.participation_type import ParticipationTypeTerm as ParticipationTypeTerm
    from dicomodel.enums.preliminary_flag import PreliminaryFlag as PreliminaryFlag
    from dicomodel.enums.universal_entity_id_type import (
        UniversalEntityIDType as UniversalEntityIDType,
    )
    from dicomodel.enums.verification_flag import VerificationFlag as VerificationFlag
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as OrganizationalRoleCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PerformedProcedureCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ReasonForRequestedProcedureCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RequestedProcedureCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ResponsibleGroupCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as VerifyingObserverIdentificationCodeSequenceItem,
    )
    from dicomodel.items.custodial_organization_sequence_item import (
        CustodialOrganizationSequenceItem as CustodialOrganizationSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.hierarchical_series_reference_item import (
        HierarchicalSeriesReferenceItem as ReferencedSeriesSequenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as CurrentRequestedProcedureEvidenceSequenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as IdenticalDocumentsSequenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as PertinentOtherEvidenceSequenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as PredecessorDocumentsSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as IssuerOfAccessionNumberSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as OrderFillerIdentifierSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as OrderPlacerIdentifierSequenceItem,
    )
    from dicomodel.items.identified_person_or_device_item import (
        IdentifiedPersonOrDeviceItem as AuthorObserverSequenceItem,
    )
    from dicomodel.items.participant_sequence_item import (
        ParticipantSequenceItem as ParticipantSequenceItem,
    )
    from dicomodel.items.referenced_digital_signature_sequence_item import (
        ReferencedDigitalSignatureSequenceItem as ReferencedDigitalSignatureSequenceItem,
    )
    from dicomodel.items.referenced_instance_sequence_item_rt_dose import (
        ReferencedInstanceSequenceItemRTDose as ReferencedInstanceSequenceItem,
    )
    from dicomodel.items.referenced_request_item import (
        ReferencedRequestItem as ReferencedRequestSequenceItem,
    )
    from dicomodel.items.referenced_sop_instance_mac_sequence_item import (
        ReferencedSOPInstanceMACSequenceItem as ReferencedSOPInstanceMACSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item_hierarchical_evidence_reference import (
        ReferencedSOPSequenceItemHierarchicalEvidenceReference as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedStudySequenceItem,
    )
    from dicomodel.items.verifying_observer_sequence_item import (
        VerifyingObserverSequenceItem as VerifyingObserverSequenceItem,
    )

__all__ = [
    "AuthorObserverSequenceItem",
    "CompletionFlag",
    "ContextGroupExtensionFlag",
    "CurrentRequestedProcedureEvidenceSequenceItem",
    "CustodialOrganizationSequenceItem",
    "EquivalentCodeSequenceItem",
    "IdenticalDocumentsSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "IssuerOfAccessionNumberSequenceItem",
    "MACAlgorithmTerm",
    "MappingResourceTerm",
    "ObserverType",
    "OrderFillerIdentifierSequenceItem",
    "OrderPlacerIdentifierSequenceItem",
    "OrganizationalRoleCodeSequenceItem",
    "ParticipantSequenceItem",
    "ParticipationTypeTerm",
    "PerformedProcedureCodeSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "PertinentOtherEvidenceSequenceItem",
    "PredecessorDocumentsSequenceItem",
    "PreliminaryFlag",
    "PurposeOfReferenceCodeSequenceItem",
    "ReasonForRequestedProcedureCodeSequenceItem",
    "ReferencedDigitalSignatureSequenceItem",
    "ReferencedInstanceSequenceItem",
    "ReferencedRequestSequenceItem",
    "ReferencedSOPInstanceMACSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedSeriesSequenceItem",
    "ReferencedStudySequenceItem",
    "RequestedProcedureCodeSequenceItem",
    "ResponsibleGroupCodeSequenceItem",
    "SRDocumentGeneralModule",
    "UniversalEntityIDType",
    "VerificationFlag",
    "VerifyingObserverIdentificationCodeSequenceItem",
    "VerifyingObserverSequenceItem",
]


class SRDocumentGeneralModule(DicomModel):
    """SR Document General Module Attributes (PS3.3 Table C.17-2)."""

    dicom_name: ClassVar[str] = "SR Document General"
    dicom_table: ClassVar[str] = "table_C.17-2"

    InstanceNumber: Annotated[vr.IS, Attribute(0x00200013, "IS", "1", "1", name="Instance Number")]
    """Instance Number (0020,0013): Type 1, VR IS, VM 1. A number that identifies the SR Document."""

    PreliminaryFlag: Annotated[
        _PreliminaryFlagValue | None,
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
        _CompletionFlagValue,
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
        _VerificationFlagValue,
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
        list[_VerifyingObserverSequenceItem] | None,
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
        list[_IdentifiedPersonOrDeviceItem] | None,
        Attribute(0x0040A078, "SQ", "1", "3", name="Author Observer Sequence"),
    ] = None
    """Author Observer Sequence (0040,A078): Type 3, VR SQ, VM 1. The person or device that created the clinical content of this document. This Attribute sets the default Observer Context for the root of the Content Tree. One or more Items are permitted in this Sequence."""

    ParticipantSequence: Annotated[
        list[_ParticipantSequenceItem] | None,
        Attribute(0x0040A07A, "SQ", "1", "3", name="Participant Sequence"),
    ] = None
    """Participant Sequence (0040,A07A): Type 3, VR SQ, VM 1. Persons or devices related to the clinical content of this document. One or more Items are permitted in this Sequence."""

    CustodialOrganizationSequence: Annotated[
        list[_CustodialOrganizationSequenceItem] | None,
        Attribute(0x0040A07C, "SQ", "1", "3", name="Custodial Organization Sequence"),
    ] = None
    """Custodial Organization Sequence (0040,A07C): Type 3, VR SQ, VM 1. Custodial organization for this SR Document Instance. Represents the organization from which the document originates and that is in charge of maintaining the document, i.e., the steward of the original source document."""

    PredecessorDocumentsSequence: Annotated[
        list[_HierarchicalSOPInstanceReferenceItem] | None,
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
        list[_HierarchicalSOPInstanceReferenceItem] | None,
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
        list[_ReferencedRequestItem] | None,
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
        list[_CodeSequenceItem] | None,
        Attribute(0x0040A372, "SQ", "1", "2", name="Performed Procedure Code Sequence"),
    ]
    """Performed Procedure Code Sequence (0040,A372): Type 2, VR SQ, VM 1. A Sequence that conveys the codes of the performed procedures pertaining to this SOP Instance. Zero or more Items shall be included in this Sequence."""

    CurrentRequestedProcedureEvidenceSequence: Annotated[
        list[_HierarchicalSOPInstanceReferenceItem] | None,
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
        list[_HierarchicalSOPInstanceReferenceItem] | None,
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
        list[_ReferencedInstanceSequenceItemRTDose] | None,
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


_EXPORTS: dict[str, tuple[str, str]] = {
    "AuthorObserverSequenceItem": (
        "dicomodel.items.identified_person_or_device_item",
        "IdentifiedPersonOrDeviceItem",
    ),
    "CompletionFlag": ("dicomodel.enums.completion_flag", "CompletionFlag"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "CurrentRequestedProcedureEvidenceSequenceItem": (
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
    ),
    "CustodialOrganizationSequenceItem": (
        "dicomodel.items.custodial_organization_sequence_item",
        "CustodialOrganizationSequenceItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "IdenticalDocumentsSequenceItem": (
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
    ),
    "InstitutionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InstitutionalDepartmentTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "IssuerOfAccessionNumberSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "MACAlgorithmTerm": ("dicomodel.enums.mac_algorithm", "MACAlgorithmTerm"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "ObserverType": ("dicomodel.enums.observer_type", "ObserverType"),
    "OrderFillerIdentifierSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "OrderPlacerIdentifierSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "OrganizationalRoleCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ParticipantSequenceItem": (
        "dicomodel.items.participant_sequence_item",
        "ParticipantSequenceItem",
    ),
    "ParticipationTypeTerm": ("dicomodel.enums.participation_type", "ParticipationTypeTerm"),
    "PerformedProcedureCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PertinentOtherEvidenceSequenceItem": (
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
    ),
    "PredecessorDocumentsSequenceItem": (
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
    ),
    "PreliminaryFlag": ("dicomodel.enums.preliminary_flag", "PreliminaryFlag"),
    "PurposeOfReferenceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReasonForRequestedProcedureCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReferencedDigitalSignatureSequenceItem": (
        "dicomodel.items.referenced_digital_signature_sequence_item",
        "ReferencedDigitalSignatureSequenceItem",
    ),
    "ReferencedInstanceSequenceItem": (
        "dicomodel.items.referenced_instance_sequence_item_rt_dose",
        "ReferencedInstanceSequenceItemRTDose",
    ),
    "ReferencedRequestSequenceItem": (
        "dicomodel.items.referenced_request_item",
        "ReferencedRequestItem",
    ),
    "ReferencedSOPInstanceMACSequenceItem": (
        "dicomodel.items.referenced_sop_instance_mac_sequence_item",
        "ReferencedSOPInstanceMACSequenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item_hierarchical_evidence_reference",
        "ReferencedSOPSequenceItemHierarchicalEvidenceReference",
    ),
    "ReferencedSeriesSequenceItem": (
        "dicomodel.items.hierarchical_series_reference_item",
        "HierarchicalSeriesReferenceItem",
    ),
    "ReferencedStudySequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "RequestedProcedureCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ResponsibleGroupCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "UniversalEntityIDType": ("dicomodel.enums.universal_entity_id_type", "UniversalEntityIDType"),
    "VerificationFlag": ("dicomodel.enums.verification_flag", "VerificationFlag"),
    "VerifyingObserverIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "VerifyingObserverSequenceItem": (
        "dicomodel.items.verifying_observer_sequence_item",
        "VerifyingObserverSequenceItem",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
