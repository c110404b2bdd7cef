"""Presence rules of Calculated Dose Reference Record Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
CalculatedDoseReferenceRecordModule = (
    "table_C.8-56",
    (
        (
            "CalculatedDoseReferenceSequence",
            Attribute(0x30080070, "SQ", "1", "1", name="Calculated Dose Reference Sequence"),
            Lazy(
                "dicomodel.items.calculated_dose_reference_sequence_item",
                "CalculatedDoseReferenceSequenceItem",
            ),
        ),
    ),
)
