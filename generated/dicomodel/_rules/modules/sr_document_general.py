"""Presence rules of SR Document General Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
SRDocumentGeneralModule = (
    "table_C.17-2",
    (
        ("InstanceNumber", Attribute(0x00200013, "IS", "1", "1", name="Instance Number"), None),
        (
            "PreliminaryFlag",
            Attribute(
                0x0040A496,
                "CS",
                "1",
                "3",
                name="Preliminary Flag",
                enumerated=((0, ("PRELIMINARY", "FINAL")),),
            ),
            None,
        ),
        (
            "CompletionFlag",
            Attribute(
                0x0040A491,
                "CS",
                "1",
                "1",
                name="Completion Flag",
                enumerated=((0, ("PARTIAL", "COMPLETE")),),
            ),
            None,
        ),
        (
            "CompletionFlagDescription",
            Attribute(0x0040A492, "LO", "1", "3", name="Completion Flag Description"),
            None,
        ),
        (
            "VerificationFlag",
            Attribute(
                0x0040A493,
                "CS",
                "1",
                "1",
                name="Verification Flag",
                enumerated=((0, ("UNVERIFIED", "VERIFIED")),),
            ),
            None,
        ),
        ("ContentDate", Attribute(0x00080023, "DA", "1", "1", name="Content Date"), None),
        ("ContentTime", Attribute(0x00080033, "TM", "1", "1", name="Content Time"), None),
        (
            "VerifyingObserverSequence",
            Attribute(
                0x0040A073,
                "SQ",
                "1",
                "1C",
                name="Verifying Observer Sequence",
                when=("value", 0x0040A493, 0, "in", ("VERIFIED",)),
            ),
            Lazy(
                "dicomodel.items.verifying_observer_sequence_item", "VerifyingObserverSequenceItem"
            ),
        ),
        (
            "AuthorObserverSequence",
            Attribute(0x0040A078, "SQ", "1", "3", name="Author Observer Sequence"),
            Lazy(
                "dicomodel.items.identified_person_or_device_item", "IdentifiedPersonOrDeviceItem"
            ),
        ),
        (
            "ParticipantSequence",
            Attribute(0x0040A07A, "SQ", "1", "3", name="Participant Sequence"),
            Lazy("dicomodel.items.participant_sequence_item", "ParticipantSequenceItem"),
        ),
        (
            "CustodialOrganizationSequence",
            Attribute(0x0040A07C, "SQ", "1", "3", name="Custodial Organization Sequence"),
            Lazy(
                "dicomodel.items.custodial_organization_sequence_item",
                "CustodialOrganizationSequenceItem",
            ),
        ),
        (
            "PredecessorDocumentsSequence",
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
            Lazy(
                "dicomodel.items.hierarchical_sop_instance_reference_item",
                "HierarchicalSOPInstanceReferenceItem",
            ),
        ),
        (
            "IdenticalDocumentsSequence",
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
            Lazy(
                "dicomodel.items.hierarchical_sop_instance_reference_item",
                "HierarchicalSOPInstanceReferenceItem",
            ),
        ),
        (
            "ReferencedRequestSequence",
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
            Lazy("dicomodel.items.referenced_request_item", "ReferencedRequestItem"),
        ),
        (
            "PerformedProcedureCodeSequence",
            Attribute(0x0040A372, "SQ", "1", "2", name="Performed Procedure Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "CurrentRequestedProcedureEvidenceSequence",
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
            Lazy(
                "dicomodel.items.hierarchical_sop_instance_reference_item",
                "HierarchicalSOPInstanceReferenceItem",
            ),
        ),
        (
            "PertinentOtherEvidenceSequence",
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
            Lazy(
                "dicomodel.items.hierarchical_sop_instance_reference_item",
                "HierarchicalSOPInstanceReferenceItem",
            ),
        ),
        (
            "ReferencedInstanceSequence",
            Attribute(
                0x0008114A,
                "SQ",
                "1",
                "1C",
                name="Referenced Instance Sequence",
                when=("unknown", "depends on what is known to the creator"),
                otherwise="may",
            ),
            Lazy(
                "dicomodel.items.referenced_instance_sequence_item_rt_dose",
                "ReferencedInstanceSequenceItemRTDose",
            ),
        ),
    ),
)
