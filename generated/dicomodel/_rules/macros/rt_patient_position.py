"""Presence rules of RT Patient Position Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTPatientPositionMacro = (
    "table_C.36.2.3.2-1",
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
        (
            "RTPatientPositionSequence",
            Attribute(
                0x300A0799,
                "SQ",
                "1",
                "2C",
                name="RT Patient Position Sequence",
                when=("not", ("present", 0x300A0798)),
            ),
            Lazy(
                "dicomodel.items.patient_to_equipment_relationship_item",
                "PatientToEquipmentRelationshipItem",
            ),
        ),
        (
            "RTPatientPositionDisplacementSequence",
            Attribute(
                0x300A0798,
                "SQ",
                "1",
                "2C",
                name="RT Patient Position Displacement Sequence",
                when=("not", ("present", 0x300A0799)),
            ),
            Lazy(
                "dicomodel.items.rt_patient_position_displacement_sequence_item",
                "RTPatientPositionDisplacementSequenceItem",
            ),
        ),
    ),
)
