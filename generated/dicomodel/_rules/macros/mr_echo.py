"""Presence rules of MR Echo Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MREchoMacro = (
    "table_C.8-91",
    (
        (
            "MREchoSequence",
            Attribute(0x00189114, "SQ", "1", "1", name="MR Echo Sequence"),
            Lazy("dicomodel.items.mr_echo_sequence_item", "MREchoSequenceItem"),
        ),
    ),
)
