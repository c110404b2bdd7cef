"""Presence rules of Protocol Context Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ProtocolContextModule = (
    "table_C.34.2-1",
    (
        (
            "CustodialOrganizationSequence",
            Attribute(0x0040A07C, "SQ", "1", "3", name="Custodial Organization Sequence"),
            Lazy(
                "dicomodel.items.custodial_organization_sequence_item_protocol_context",
                "CustodialOrganizationSequenceItemProtocolContext",
            ),
        ),
        (
            "ResponsibleGroupCodeSequence",
            Attribute(0x00080220, "SQ", "1", "2", name="Responsible Group Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        ("ProtocolName", Attribute(0x00181030, "LO", "1", "1", name="Protocol Name"), None),
        (
            "PotentialScheduledProtocolCodeSequence",
            Attribute(
                0x00189906, "SQ", "1", "3", name="Potential Scheduled Protocol Code Sequence"
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "PotentialRequestedProcedureCodeSequence",
            Attribute(
                0x00189907, "SQ", "1", "3", name="Potential Requested Procedure Code Sequence"
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "PotentialReasonsForProcedure",
            Attribute(0x00189908, "UC", "1-n", "3", name="Potential Reasons for Procedure"),
            None,
        ),
        (
            "PotentialReasonsForProcedureCodeSequence",
            Attribute(
                0x00189909, "SQ", "1", "3", name="Potential Reasons for Procedure Code Sequence"
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "PotentialDiagnosticTasks",
            Attribute(0x0018990A, "UC", "1-n", "3", name="Potential Diagnostic Tasks"),
            None,
        ),
        (
            "ContraindicationsCodeSequence",
            Attribute(0x0018990B, "SQ", "1", "3", name="Contraindications Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "PredecessorProtocolSequence",
            Attribute(0x0018990E, "SQ", "1", "3", name="Predecessor Protocol Sequence"),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
        (
            "ContentCreatorName",
            Attribute(0x00700084, "PN", "1", "1", name="Content Creator's Name"),
            None,
        ),
        (
            "ContentCreatorIdentificationCodeSequence",
            Attribute(
                0x00700086, "SQ", "1", "3", name="Content Creator's Identification Code Sequence"
            ),
            Lazy("dicomodel.items.person_identification_item", "PersonIdentificationItem"),
        ),
        (
            "ProtocolDesignRationale",
            Attribute(0x00189910, "UT", "1", "3", name="Protocol Design Rationale"),
            None,
        ),
        (
            "ProtocolPlanningInformation",
            Attribute(0x0018990F, "UT", "1", "3", name="Protocol Planning Information"),
            None,
        ),
        (
            "InstanceCreationDate",
            Attribute(0x00080012, "DA", "1", "1", name="Instance Creation Date"),
            None,
        ),
        (
            "InstanceCreationTime",
            Attribute(0x00080013, "TM", "1", "1", name="Instance Creation Time"),
            None,
        ),
    ),
)
