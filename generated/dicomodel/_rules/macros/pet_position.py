"""Presence rules of PET Position Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PETPositionMacro = (
    "table_C.8.22-14",
    (
        (
            "PETPositionSequence",
            Attribute(0x00189735, "SQ", "1", "1", name="PET Position Sequence"),
            Lazy("dicomodel.items.ct_position_sequence_item", "CTPositionSequenceItem"),
        ),
    ),
)
