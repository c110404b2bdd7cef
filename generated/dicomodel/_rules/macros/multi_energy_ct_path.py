"""Presence rules of Multi-energy CT Path Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MultiEnergyCTPathMacro = (
    "table_C.8.2.2-4",
    (
        (
            "MultienergyCTPathSequence",
            Attribute(0x00189379, "SQ", "1", "1", name="Multi-energy CT Path Sequence"),
            Lazy(
                "dicomodel.items.multienergy_ct_path_sequence_item", "MultienergyCTPathSequenceItem"
            ),
        ),
    ),
)
