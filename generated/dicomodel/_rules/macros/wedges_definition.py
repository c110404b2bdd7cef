"""Presence rules of Wedges Definition Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
WedgesDefinitionMacro = (
    "table_C.36.2.2.10-1",
    (
        (
            "NumberOfWedges",
            Attribute(
                0x300A00D0,
                "IS",
                "1",
                "1C",
                name="Number of Wedges",
                when=("value", 0x300A0638, 0, "in", ("FULL",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "WedgeDefinitionSequence",
            Attribute(
                0x300A0651,
                "SQ",
                "1",
                "1C",
                name="Wedge Definition Sequence",
                when=("and", ("present", 0x300A00D0), ("compare", 0x300A00D0, 1, "!=", 0)),
            ),
            Lazy("dicomodel.items.wedge_definition_sequence_item", "WedgeDefinitionSequenceItem"),
        ),
    ),
)
