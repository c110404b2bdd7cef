"""Presence rules of NM/PET Patient Orientation Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
NMPETPatientOrientationModule = (
    "table_C.8-5",
    (
        (
            "PatientOrientationCodeSequence",
            Attribute(0x00540410, "SQ", "1", "2", name="Patient Orientation Code Sequence"),
            Lazy(
                "dicomodel.items.patient_orientation_code_sequence_item_nmpet_patient_orientation",
                "PatientOrientationCodeSequenceItemNMPETPatientOrientation",
            ),
        ),
        (
            "PatientGantryRelationshipCodeSequence",
            Attribute(0x00540414, "SQ", "1", "2", name="Patient Gantry Relationship Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
    ),
)
