"""Presence rules of Original Attributes Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
OriginalAttributesMacro = (
    "table_C.12.1.1.9-1",
    (
        (
            "OriginalAttributesSequence",
            Attribute(0x04000561, "SQ", "1", "3", name="Original Attributes Sequence"),
            Lazy(
                "dicomodel.items.original_attributes_sequence_item",
                "OriginalAttributesSequenceItem",
            ),
        ),
    ),
)
