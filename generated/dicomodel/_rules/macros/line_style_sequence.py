"""Presence rules of Line Style Sequence Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
LineStyleSequenceMacro = (
    "table_C.10-5b",
    (
        (
            "LineStyleSequence",
            Attribute(0x00700232, "SQ", "1", "3", name="Line Style Sequence"),
            Lazy("dicomodel.items.line_style_sequence_item", "LineStyleSequenceItem"),
        ),
    ),
)
