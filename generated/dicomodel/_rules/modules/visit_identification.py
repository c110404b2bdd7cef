"""Presence rules of Visit Identification Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
VisitIdentificationModule = (
    "table_C.3-2",
    (
        ("InstitutionName", Attribute(0x00080080, "LO", "1", None, name="Institution Name"), None),
        (
            "InstitutionAddress",
            Attribute(0x00080081, "ST", "1", None, name="Institution Address"),
            None,
        ),
        (
            "InstitutionCodeSequence",
            Attribute(0x00080082, "SQ", "1", None, name="Institution Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "InstitutionalDepartmentName",
            Attribute(0x00081040, "LO", "1", None, name="Institutional Department Name"),
            None,
        ),
        (
            "InstitutionalDepartmentTypeCodeSequence",
            Attribute(
                0x00081041, "SQ", "1", None, name="Institutional Department Type Code Sequence"
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        ("AdmissionID", Attribute(0x00380010, "LO", "1", None, name="Admission ID"), None),
        (
            "IssuerOfAdmissionIDSequence",
            Attribute(0x00380014, "SQ", "1", None, name="Issuer of Admission ID Sequence"),
            Lazy(
                "dicomodel.items.hl7v2_hierarchic_designator_item", "HL7v2HierarchicDesignatorItem"
            ),
        ),
        ("ReasonForVisit", Attribute(0x00321066, "UT", "1", None, name="Reason for Visit"), None),
        (
            "ReasonForVisitCodeSequence",
            Attribute(0x00321067, "SQ", "1", None, name="Reason for Visit Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "ServiceEpisodeID",
            Attribute(0x00380060, "LO", "1", None, name="Service Episode ID"),
            None,
        ),
        (
            "IssuerOfServiceEpisodeIDSequence",
            Attribute(0x00380064, "SQ", "1", None, name="Issuer of Service Episode ID Sequence"),
            Lazy(
                "dicomodel.items.hl7v2_hierarchic_designator_item", "HL7v2HierarchicDesignatorItem"
            ),
        ),
        (
            "ServiceEpisodeDescription",
            Attribute(0x00380062, "LO", "1", None, name="Service Episode Description"),
            None,
        ),
    ),
)
