"""Presence rules of Stored Value Color Range Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
StoredValueColorRangeMacro = (
    "table_C.7.6.16.2.26-1",
    (
        (
            "StoredValueColorRangeSequence",
            Attribute(0x00281230, "SQ", "1", "1", name="Stored Value Color Range Sequence"),
            Lazy(
                "dicomodel.items.stored_value_color_range_sequence_item",
                "StoredValueColorRangeSequenceItem",
            ),
        ),
    ),
)
