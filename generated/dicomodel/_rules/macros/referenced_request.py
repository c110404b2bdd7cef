"""Presence rules of Referenced Request Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ReferencedRequestMacro = (
    "table_C.17-3c",
    (
        (
            "StudyInstanceUID",
            Attribute(0x0020000D, "UI", "1", "1", name="Study Instance UID"),
            None,
        ),
        (
            "ReferencedStudySequence",
            Attribute(0x00081110, "SQ", "1", "2", name="Referenced Study Sequence"),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
        ("AccessionNumber", Attribute(0x00080050, "SH", "1", "2", name="Accession Number"), None),
        (
            "IssuerOfAccessionNumberSequence",
            Attribute(0x00080051, "SQ", "1", "3", name="Issuer of Accession Number Sequence"),
            Lazy(
                "dicomodel.items.hl7v2_hierarchic_designator_item", "HL7v2HierarchicDesignatorItem"
            ),
        ),
        (
            "PlacerOrderNumberImagingServiceRequest",
            Attribute(
                0x00402016, "LO", "1", "2", name="Placer Order Number / Imaging Service Request"
            ),
            None,
        ),
        (
            "OrderPlacerIdentifierSequence",
            Attribute(0x00400026, "SQ", "1", "3", name="Order Placer Identifier Sequence"),
            Lazy(
                "dicomodel.items.hl7v2_hierarchic_designator_item", "HL7v2HierarchicDesignatorItem"
            ),
        ),
        (
            "FillerOrderNumberImagingServiceRequest",
            Attribute(
                0x00402017, "LO", "1", "2", name="Filler Order Number / Imaging Service Request"
            ),
            None,
        ),
        (
            "OrderFillerIdentifierSequence",
            Attribute(0x00400027, "SQ", "1", "3", name="Order Filler Identifier Sequence"),
            Lazy(
                "dicomodel.items.hl7v2_hierarchic_designator_item", "HL7v2HierarchicDesignatorItem"
            ),
        ),
        (
            "RequestedProcedureID",
            Attribute(0x00401001, "SH", "1", "2", name="Requested Procedure ID"),
            None,
        ),
        (
            "RequestedProcedureDescription",
            Attribute(0x00321060, "LO", "1", "2", name="Requested Procedure Description"),
            None,
        ),
        (
            "RequestedProcedureCodeSequence",
            Attribute(0x00321064, "SQ", "1", "2", name="Requested Procedure Code Sequence"),
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
    ),
)
