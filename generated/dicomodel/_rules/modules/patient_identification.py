"""Presence rules of Patient Identification Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PatientIdentificationModule = (
    "table_C.2-2",
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
            "OtherPatientNames",
            Attribute(0x00101001, "PN", "1-n", None, name="Other Patient Names"),
            None,
        ),
        (
            "PatientBirthName",
            Attribute(0x00101005, "PN", "1", None, name="Patient's Birth Name"),
            None,
        ),
        (
            "PatientMotherBirthName",
            Attribute(0x00101060, "PN", "1", None, name="Patient's Mother's Birth Name"),
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
        (
            "SourcePatientGroupIdentificationSequence",
            Attribute(
                0x00100026, "SQ", "1", "3", name="Source Patient Group Identification Sequence"
            ),
            Lazy(
                "dicomodel.items.source_patient_group_identification_sequence_item",
                "SourcePatientGroupIdentificationSequenceItem",
            ),
        ),
        (
            "GroupOfPatientsIdentificationSequence",
            Attribute(0x00100027, "SQ", "1", "3", name="Group of Patients Identification Sequence"),
            Lazy(
                "dicomodel.items.group_of_patients_identification_sequence_item",
                "GroupOfPatientsIdentificationSequenceItem",
            ),
        ),
    ),
)
