"""Presence rules of General Accessories Definition Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
GeneralAccessoriesDefinitionMacro = (
    "table_C.36.2.2.15-1",
    (
        (
            "NumberOfGeneralAccessories",
            Attribute(
                0x300A0672,
                "US",
                "1",
                "1C",
                name="Number of General Accessories",
                when=("value", 0x300A0638, 0, "in", ("FULL",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "GeneralAccessoryDefinitionSequence",
            Attribute(
                0x300A0671,
                "SQ",
                "1",
                "1C",
                name="General Accessory Definition Sequence",
                when=("and", ("present", 0x300A0672), ("compare", 0x300A0672, 1, "!=", 0)),
            ),
            Lazy(
                "dicomodel.items.general_accessory_definition_sequence_item",
                "GeneralAccessoryDefinitionSequenceItem",
            ),
        ),
    ),
)
