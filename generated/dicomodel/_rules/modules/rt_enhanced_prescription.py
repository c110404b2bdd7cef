"""Presence rules of RT Enhanced Prescription Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTEnhancedPrescriptionModule = (
    "table_C.36.6-1",
    (
        (
            "RTPrescriptionSequence",
            Attribute(0x3010006B, "SQ", "1", "1", name="RT Prescription Sequence"),
            Lazy("dicomodel.items.rt_prescription_sequence_item", "RTPrescriptionSequenceItem"),
        ),
        (
            "DosimetricObjectiveSequence",
            Attribute(
                0x3010006C,
                "SQ",
                "1",
                "1C",
                name="Dosimetric Objective Sequence",
                when=("unknown", "depends on the objective referenced"),
            ),
            Lazy(
                "dicomodel.items.dosimetric_objective_sequence_item",
                "DosimetricObjectiveSequenceItem",
            ),
        ),
    ),
)
