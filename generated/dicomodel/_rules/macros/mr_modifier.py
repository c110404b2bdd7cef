"""Presence rules of MR Modifier Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MRModifierMacro = (
    "table_C.8-92",
    (
        (
            "MRModifierSequence",
            Attribute(0x00189115, "SQ", "1", "1", name="MR Modifier Sequence"),
            Lazy("dicomodel.items.mr_modifier_sequence_item", "MRModifierSequenceItem"),
        ),
    ),
)
