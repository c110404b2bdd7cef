"""Presence rules of General Study Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
GeneralStudyModule = (
    "table_C.7-3",
    (
        (
            "StudyInstanceUID",
            Attribute(0x0020000D, "UI", "1", "1", name="Study Instance UID"),
            None,
        ),
        ("StudyDate", Attribute(0x00080020, "DA", "1", "2", name="Study Date"), None),
        ("StudyTime", Attribute(0x00080030, "TM", "1", "2", name="Study Time"), None),
        (
            "ReferringPhysicianName",
            Attribute(0x00080090, "PN", "1", "2", name="Referring Physician's Name"),
            None,
        ),
        (
            "ReferringPhysicianIdentificationSequence",
            Attribute(
                0x00080096, "SQ", "1", "3", name="Referring Physician Identification Sequence"
            ),
            Lazy("dicomodel.items.person_identification_item", "PersonIdentificationItem"),
        ),
        (
            "ConsultingPhysicianName",
            Attribute(0x0008009C, "PN", "1-n", "3", name="Consulting Physician's Name"),
            None,
        ),
        (
            "ConsultingPhysicianIdentificationSequence",
            Attribute(
                0x0008009D, "SQ", "1", "3", name="Consulting Physician Identification Sequence"
            ),
            Lazy("dicomodel.items.person_identification_item", "PersonIdentificationItem"),
        ),
        ("StudyID", Attribute(0x00200010, "SH", "1", "2", name="Study ID"), None),
        ("AccessionNumber", Attribute(0x00080050, "SH", "1", "2", name="Accession Number"), None),
        (
            "IssuerOfAccessionNumberSequence",
            Attribute(0x00080051, "SQ", "1", "3", name="Issuer of Accession Number Sequence"),
            Lazy(
                "dicomodel.items.hl7v2_hierarchic_designator_item", "HL7v2HierarchicDesignatorItem"
            ),
        ),
        ("StudyDescription", Attribute(0x00081030, "LO", "1", "3", name="Study Description"), None),
        (
            "PhysiciansOfRecord",
            Attribute(0x00081048, "PN", "1-n", "3", name="Physician(s) of Record"),
            None,
        ),
        (
            "PhysiciansOfRecordIdentificationSequence",
            Attribute(
                0x00081049, "SQ", "1", "3", name="Physician(s) of Record Identification Sequence"
            ),
            Lazy("dicomodel.items.person_identification_item", "PersonIdentificationItem"),
        ),
        (
            "NameOfPhysiciansReadingStudy",
            Attribute(0x00081060, "PN", "1-n", "3", name="Name of Physician(s) Reading Study"),
            None,
        ),
        (
            "PhysiciansReadingStudyIdentificationSequence",
            Attribute(
                0x00081062,
                "SQ",
                "1",
                "3",
                name="Physician(s) Reading Study Identification Sequence",
            ),
            Lazy("dicomodel.items.person_identification_item", "PersonIdentificationItem"),
        ),
        (
            "RequestingService",
            Attribute(0x00321033, "LO", "1", "3", name="Requesting Service"),
            None,
        ),
        (
            "RequestingServiceCodeSequence",
            Attribute(0x00321034, "SQ", "1", "3", name="Requesting Service Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "ReferencedStudySequence",
            Attribute(0x00081110, "SQ", "1", "3", name="Referenced Study Sequence"),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
        (
            "ProcedureCodeSequence",
            Attribute(0x00081032, "SQ", "1", "3", name="Procedure Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "ReasonForPerformedProcedureCodeSequence",
            Attribute(
                0x00401012, "SQ", "1", "3", name="Reason For Performed Procedure Code Sequence"
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
    ),
)
