"""Presence rules of Graphic Group Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
GraphicGroupModule = (
    "table_C.10-12",
    (
        (
            "GraphicGroupSequence",
            Attribute(0x00700234, "SQ", "1", "1", name="Graphic Group Sequence"),
            Lazy("dicomodel.items.graphic_group_sequence_item", "GraphicGroupSequenceItem"),
        ),
    ),
)
