"""Presence rules of Displayed Area Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
DisplayedAreaModule = (
    "table_C.10-4",
    (
        (
            "DisplayedAreaSelectionSequence",
            Attribute(0x0070005A, "SQ", "1", "1", name="Displayed Area Selection Sequence"),
            Lazy(
                "dicomodel.items.displayed_area_selection_sequence_item",
                "DisplayedAreaSelectionSequenceItem",
            ),
        ),
    ),
)
