"""Presence rules of Blocks Definition Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
BlocksDefinitionMacro = (
    "table_C.36.2.2.13-1",
    (
        (
            "NumberOfBlocks",
            Attribute(
                0x300A00F0,
                "IS",
                "1",
                "1C",
                name="Number of Blocks",
                when=("value", 0x300A0638, 0, "in", ("FULL",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "BlockDefinitionSequence",
            Attribute(
                0x300A066A,
                "SQ",
                "1",
                "1C",
                name="Block Definition Sequence",
                when=("and", ("present", 0x300A00F0), ("compare", 0x300A00F0, 1, "!=", 0)),
            ),
            Lazy("dicomodel.items.block_definition_sequence_item", "BlockDefinitionSequenceItem"),
        ),
    ),
)
