"""Presence rules of Unified Procedure Step Relationship Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
UnifiedProcedureStepRelationshipModule = (
    "table_C.30.4-1",
    (
        ("PatientName", Attribute(0x00100010, "PN", "1", None, name="Patient's Name"), None),
        ("PatientID", Attribute(0x00100020, "LO", "1", None, name="Patient ID"), None),
        (
            "IssuerOfPatientID",
            Attribute(0x00100021, "LO", "1", "3", name="Issuer of Patient ID"),
            None,
        ),
        (
            "IssuerOfPatientIDQualifiersSequence",
            Attribute(0x00100024, "SQ", "1", "3", name="Issuer of Patient ID Qualifiers Sequence"),
            Lazy(
                "dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item",
                "IssuerOfPatientIDQualifiersSequenceItem",
            ),
        ),
        (
            "TypeOfPatientID",
            Attribute(0x00100022, "CS", "1", None, name="Type of Patient ID"),
            None,
        ),
        (
            "OtherPatientIDsSequence",
            Attribute(0x00101002, "SQ", "1", None, name="Other Patient IDs Sequence"),
            Lazy("dicomodel.items.other_patient_i_ds_sequence_item", "OtherPatientIDsSequenceItem"),
        ),
        (
            "PatientBirthDateInAlternativeCalendar",
            Attribute(
                0x00100033, "LO", "1", None, name="Patient's Birth Date in Alternative Calendar"
            ),
            None,
        ),
        (
            "PatientDeathDateInAlternativeCalendar",
            Attribute(
                0x00100034, "LO", "1", None, name="Patient's Death Date in Alternative Calendar"
            ),
            None,
        ),
        (
            "PatientAlternativeCalendar",
            Attribute(
                0x00100035,
                "CS",
                "1",
                None,
                name="Patient's Alternative Calendar",
                enumerated=(
                    (
                        0,
                        (
                            "PROLEPTIC GREGN",
                            "JULIAN",
                            "PROLEPTIC JULIAN",
                            "EGYPTIAN REGNAL",
                            "HEBREW",
                            "HIJRI",
                        ),
                    ),
                ),
                when=("or", ("present", 0x00100033), ("present", 0x00100034)),
            ),
            None,
        ),
        (
            "PatientBirthDate",
            Attribute(0x00100030, "DA", "1", None, name="Patient's Birth Date"),
            None,
        ),
        (
            "PatientSex",
            Attribute(
                0x00100040,
                "CS",
                "1",
                None,
                name="Patient's Sex",
                enumerated=((0, ("M", "F", "O")),),
            ),
            None,
        ),
        (
            "ReferencedPatientPhotoSequence",
            Attribute(0x00101100, "SQ", "1", None, name="Referenced Patient Photo Sequence"),
            Lazy(
                "dicomodel.items.referenced_instances_and_access_item",
                "ReferencedInstancesAndAccessItem",
            ),
        ),
        ("AdmissionID", Attribute(0x00380010, "LO", "1", None, name="Admission ID"), None),
        (
            "IssuerOfAdmissionIDSequence",
            Attribute(0x00380014, "SQ", "1", None, name="Issuer of Admission ID Sequence"),
            Lazy(
                "dicomodel.items.hl7v2_hierarchic_designator_item", "HL7v2HierarchicDesignatorItem"
            ),
        ),
        (
            "AdmittingDiagnosesDescription",
            Attribute(0x00081080, "LO", "1-n", None, name="Admitting Diagnoses Description"),
            None,
        ),
        (
            "AdmittingDiagnosesCodeSequence",
            Attribute(0x00081084, "SQ", "1", None, name="Admitting Diagnoses Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        ("ReasonForVisit", Attribute(0x00321066, "UT", "1", None, name="Reason for Visit"), None),
        (
            "ReasonForVisitCodeSequence",
            Attribute(0x00321067, "SQ", "1", None, name="Reason for Visit Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "ReferencedRequestSequence",
            Attribute(0x0040A370, "SQ", "1", None, name="Referenced Request Sequence"),
            Lazy(
                "dicomodel.items.referenced_request_sequence_item", "ReferencedRequestSequenceItem"
            ),
        ),
        (
            "ReplacedProcedureStepSequence",
            Attribute(0x00741224, "SQ", "1", None, name="Replaced Procedure Step Sequence"),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
    ),
)
