"""Presence rules of Performed Procedure Step Relationship Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PerformedProcedureStepRelationshipModule = (
    "table_C.4-13",
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
            "PatientBirthDate",
            Attribute(0x00100030, "DA", "1", None, name="Patient's Birth Date"),
            None,
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
            "ReferencedPatientSequence",
            Attribute(0x00081120, "SQ", "1", None, name="Referenced Patient Sequence"),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
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
        (
            "ScheduledStepAttributesSequence",
            Attribute(0x00400270, "SQ", "1", None, name="Scheduled Step Attributes Sequence"),
            Lazy(
                "dicomodel.items.scheduled_step_attributes_sequence_item",
                "ScheduledStepAttributesSequenceItem",
            ),
        ),
    ),
)
