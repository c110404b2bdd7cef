"""Presence rules of Table Content Item Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
TableContentItemMacro = (
    "table_C.18.10-1",
    (
        (
            "TabulatedValuesSequence",
            Attribute(0x0040A801, "SQ", "1", "1", name="Tabulated Values Sequence"),
            Lazy(
                "dicomodel.items.tabulated_values_sequence_item_table_content_item",
                "TabulatedValuesSequenceItemTableContentItem",
            ),
        ),
    ),
)
