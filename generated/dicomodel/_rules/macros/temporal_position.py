"""Presence rules of Temporal Position Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
TemporalPositionMacro = (
    "table_C.7.6.16.2.23-1",
    (
        (
            "TemporalPositionSequence",
            Attribute(0x00209310, "SQ", "1", "1", name="Temporal Position Sequence"),
            Lazy("dicomodel.items.temporal_position_sequence_item", "TemporalPositionSequenceItem"),
        ),
    ),
)
