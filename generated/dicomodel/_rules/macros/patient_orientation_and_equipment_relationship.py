"""Presence rules of Patient Orientation And Equipment Relationship Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PatientOrientationAndEquipmentRelationshipMacro = (
    "table_10-15a",
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
            "PatientEquipmentRelationshipCodeSequence",
            Attribute(
                0x30100030, "SQ", "1", "1", name="Patient Equipment Relationship Code Sequence"
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
    ),
)
