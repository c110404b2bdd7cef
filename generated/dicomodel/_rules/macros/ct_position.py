"""Presence rules of CT Position Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
CTPositionMacro = (
    "table_C.8-121",
    (
        (
            "CTPositionSequence",
            Attribute(0x00189326, "SQ", "1", "1", name="CT Position Sequence"),
            Lazy("dicomodel.items.ct_position_sequence_item", "CTPositionSequenceItem"),
        ),
    ),
)
