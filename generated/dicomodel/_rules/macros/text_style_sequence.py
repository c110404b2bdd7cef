"""Presence rules of Text Style Sequence Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
TextStyleSequenceMacro = (
    "table_C.10-5a",
    (
        (
            "TextStyleSequence",
            Attribute(0x00700231, "SQ", "1", "3", name="Text Style Sequence"),
            Lazy("dicomodel.items.text_style_sequence_item", "TextStyleSequenceItem"),
        ),
    ),
)
