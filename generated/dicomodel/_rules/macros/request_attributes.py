"""Presence rules of Request Attributes Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RequestAttributesMacro = (
    "table_10-9",
    (
        (
            "RequestedProcedureID",
            Attribute(
                0x00401001,
                "SH",
                "1",
                "1C",
                name="Requested Procedure ID",
                when=("unknown", "names no attribute: procedure was scheduled"),
                otherwise="may",
            ),
            None,
        ),
        ("AccessionNumber", Attribute(0x00080050, "SH", "1", "3", name="Accession Number"), None),
        (
            "IssuerOfAccessionNumberSequence",
            Attribute(0x00080051, "SQ", "1", "3", name="Issuer of Accession Number Sequence"),
            Lazy(
                "dicomodel.items.hl7v2_hierarchic_designator_item", "HL7v2HierarchicDesignatorItem"
            ),
        ),
        (
            "StudyInstanceUID",
            Attribute(0x0020000D, "UI", "1", "3", name="Study Instance UID"),
            None,
        ),
        (
            "ReferencedStudySequence",
            Attribute(0x00081110, "SQ", "1", "3", name="Referenced Study Sequence"),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
        (
            "RequestedProcedureDescription",
            Attribute(0x00321060, "LO", "1", "3", name="Requested Procedure Description"),
            None,
        ),
        (
            "RequestedProcedureCodeSequence",
            Attribute(0x00321064, "SQ", "1", "3", name="Requested Procedure Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "ReasonForTheRequestedProcedure",
            Attribute(0x00401002, "LO", "1", "3", name="Reason for the Requested Procedure"),
            None,
        ),
        (
            "ReasonForRequestedProcedureCodeSequence",
            Attribute(
                0x0040100A, "SQ", "1", "3", name="Reason for Requested Procedure Code Sequence"
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "ScheduledProcedureStepID",
            Attribute(
                0x00400009,
                "SH",
                "1",
                "1C",
                name="Scheduled Procedure Step ID",
                when=("unknown", "names no attribute: procedure was scheduled"),
            ),
            None,
        ),
        (
            "ScheduledProcedureStepDescription",
            Attribute(0x00400007, "LO", "1", "3", name="Scheduled Procedure Step Description"),
            None,
        ),
        (
            "ScheduledProtocolCodeSequence",
            Attribute(0x00400008, "SQ", "1", "3", name="Scheduled Protocol Code Sequence"),
            Lazy(
                "dicomodel.items.scheduled_protocol_code_sequence_item",
                "ScheduledProtocolCodeSequenceItem",
            ),
        ),
    ),
)
