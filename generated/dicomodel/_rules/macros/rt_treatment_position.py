"""Presence rules of RT Treatment Position Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTTreatmentPositionMacro = (
    "table_C.36.2.2.4-1",
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
            "TreatmentPositionSequence",
            Attribute(
                0x300A063F,
                "SQ",
                "1",
                "1C",
                name="Treatment Position Sequence",
                when=(
                    "and",
                    ("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.481.17",))),
                    ("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.481.23",))),
                    ("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.481.24",))),
                ),
                otherwise="may",
            ),
            Lazy(
                "dicomodel.items.treatment_position_sequence_item", "TreatmentPositionSequenceItem"
            ),
        ),
    ),
)
