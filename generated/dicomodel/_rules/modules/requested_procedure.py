"""Presence rules of Requested Procedure Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RequestedProcedureModule = (
    "table_C.4-11",
    (
        (
            "RequestedProcedureID",
            Attribute(0x00401001, "SH", "1", None, name="Requested Procedure ID"),
            None,
        ),
        (
            "ReasonForTheRequestedProcedure",
            Attribute(0x00401002, "LO", "1", None, name="Reason for the Requested Procedure"),
            None,
        ),
        (
            "RequestedProcedureComments",
            Attribute(0x00401400, "LT", "1", None, name="Requested Procedure Comments"),
            None,
        ),
        (
            "ReasonForRequestedProcedureCodeSequence",
            Attribute(
                0x0040100A, "SQ", "1", None, name="Reason for Requested Procedure Code Sequence"
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "RequestedProcedureCodeSequence",
            Attribute(0x00321064, "SQ", "1", None, name="Requested Procedure Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "RequestedLateralityCodeSequence",
            Attribute(0x00321065, "SQ", "1", None, name="Requested Laterality Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "StudyInstanceUID",
            Attribute(0x0020000D, "UI", "1", None, name="Study Instance UID"),
            None,
        ),
        ("StudyDate", Attribute(0x00080020, "DA", "1", None, name="Study Date"), None),
        ("StudyTime", Attribute(0x00080030, "TM", "1", None, name="Study Time"), None),
        (
            "ReferencedStudySequence",
            Attribute(0x00081110, "SQ", "1", None, name="Referenced Study Sequence"),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
        (
            "RequestedProcedureDescription",
            Attribute(0x00321060, "LO", "1", None, name="Requested Procedure Description"),
            None,
        ),
        (
            "RequestedProcedurePriority",
            Attribute(0x00401003, "SH", "1", None, name="Requested Procedure Priority"),
            None,
        ),
        (
            "PatientTransportArrangements",
            Attribute(0x00401004, "LO", "1", None, name="Patient Transport Arrangements"),
            None,
        ),
        (
            "RequestedProcedureLocation",
            Attribute(0x00401005, "LO", "1", None, name="Requested Procedure Location"),
            None,
        ),
        (
            "ConfidentialityCode",
            Attribute(0x00401008, "LO", "1", None, name="Confidentiality Code"),
            None,
        ),
        (
            "ReportingPriority",
            Attribute(0x00401009, "SH", "1", None, name="Reporting Priority"),
            None,
        ),
        (
            "NamesOfIntendedRecipientsOfResults",
            Attribute(
                0x00401010, "PN", "1-n", None, name="Names of Intended Recipients of Results"
            ),
            None,
        ),
        (
            "IntendedRecipientsOfResultsIdentificationSequence",
            Attribute(
                0x00401011,
                "SQ",
                "1",
                None,
                name="Intended Recipients of Results Identification Sequence",
            ),
            Lazy("dicomodel.items.person_identification_item", "PersonIdentificationItem"),
        ),
    ),
)
