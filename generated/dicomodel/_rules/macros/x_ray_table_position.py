"""Presence rules of X-Ray Table Position Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
XRayTablePositionMacro = (
    "table_C.8.19.6-11",
    (
        (
            "TablePositionSequence",
            Attribute(0x00189406, "SQ", "1", "1", name="Table Position Sequence"),
            Lazy("dicomodel.items.table_position_sequence_item", "TablePositionSequenceItem"),
        ),
    ),
)
