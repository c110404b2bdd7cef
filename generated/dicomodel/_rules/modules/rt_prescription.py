"""Presence rules of RT Prescription Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTPrescriptionModule = (
    "table_C.8-46",
    (
        (
            "PrescriptionDescription",
            Attribute(0x300A000E, "ST", "1", "3", name="Prescription Description"),
            None,
        ),
        (
            "DoseReferenceSequence",
            Attribute(0x300A0010, "SQ", "1", "3", name="Dose Reference Sequence"),
            Lazy("dicomodel.items.dose_reference_sequence_item", "DoseReferenceSequenceItem"),
        ),
    ),
)
