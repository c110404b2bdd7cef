"""Presence rules of Patient Group Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PatientGroupMacro = (
    "table_C.7.1.4-1",
    (
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
