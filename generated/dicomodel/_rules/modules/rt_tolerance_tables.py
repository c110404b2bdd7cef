"""Presence rules of RT Tolerance Tables Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTToleranceTablesModule = (
    "table_C.8-47",
    (
        (
            "ToleranceTableSequence",
            Attribute(0x300A0040, "SQ", "1", "3", name="Tolerance Table Sequence"),
            Lazy("dicomodel.items.tolerance_table_sequence_item", "ToleranceTableSequenceItem"),
        ),
    ),
)
