"""Presence rules of Measured Dose Reference Record Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MeasuredDoseReferenceRecordModule = (
    "table_C.8-55",
    (
        (
            "MeasuredDoseReferenceSequence",
            Attribute(0x30080010, "SQ", "1", "1", name="Measured Dose Reference Sequence"),
            Lazy(
                "dicomodel.items.measured_dose_reference_sequence_item",
                "MeasuredDoseReferenceSequenceItem",
            ),
        ),
    ),
)
