"""Presence rules of Patient Orientation Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PatientOrientationModule = (
    "table_C.7.6.20-1",
    (
        (
            "PatientOrientationCodeSequence",
            Attribute(0x00540410, "SQ", "1", "1", name="Patient Orientation Code Sequence"),
            Lazy(
                "dicomodel.items.patient_orientation_code_sequence_item",
                "PatientOrientationCodeSequenceItem",
            ),
        ),
        (
            "PatientGantryRelationshipCodeSequence",
            Attribute(0x00540414, "SQ", "1", "3", name="Patient Gantry Relationship Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
    ),
)
