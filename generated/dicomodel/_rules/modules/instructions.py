"""Presence rules of Instructions Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
InstructionsModule = (
    "table_C.34.7-1",
    (
        (
            "InstructionSequence",
            Attribute(0x00189914, "SQ", "1", "1", name="Instruction Sequence"),
            Lazy("dicomodel.items.instruction_sequence_item", "InstructionSequenceItem"),
        ),
    ),
)
