"""Presence rules of Fill Style Sequence Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
FillStyleSequenceMacro = (
    "table_C.10-5c",
    (
        (
            "FillStyleSequence",
            Attribute(0x00700233, "SQ", "1", "3", name="Fill Style Sequence"),
            Lazy("dicomodel.items.fill_style_sequence_item", "FillStyleSequenceItem"),
        ),
    ),
)
