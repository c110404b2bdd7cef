"""Presence rules of RT Ion Tolerance Tables Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTIonToleranceTablesModule = (
    "table_C.8.8.24-1",
    (
        (
            "IonToleranceTableSequence",
            Attribute(0x300A03A0, "SQ", "1", "1", name="Ion Tolerance Table Sequence"),
            Lazy(
                "dicomodel.items.ion_tolerance_table_sequence_item", "IonToleranceTableSequenceItem"
            ),
        ),
    ),
)
