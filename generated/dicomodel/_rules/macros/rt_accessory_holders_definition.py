"""Presence rules of RT Accessory Holders Definition Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTAccessoryHoldersDefinitionMacro = (
    "table_C.36.2.2.14-1",
    (
        (
            "NumberOfRTAccessoryHolders",
            Attribute(
                0x300A0670,
                "US",
                "1",
                "1C",
                name="Number of RT Accessory Holders",
                when=("value", 0x300A0638, 0, "in", ("FULL",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "RTAccessoryHolderDefinitionSequence",
            Attribute(
                0x300A0614,
                "SQ",
                "1",
                "1C",
                name="RT Accessory Holder Definition Sequence",
                when=("and", ("present", 0x300A0670), ("compare", 0x300A0670, 1, "!=", 0)),
            ),
            Lazy(
                "dicomodel.items.rt_accessory_holder_definition_sequence_item",
                "RTAccessoryHolderDefinitionSequenceItem",
            ),
        ),
    ),
)
