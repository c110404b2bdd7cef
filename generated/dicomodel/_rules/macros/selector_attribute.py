"""Presence rules of Selector Attribute Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
SelectorAttributeMacro = (
    "table_10-20",
    (
        (
            "SelectorAttribute",
            Attribute(
                0x00720026,
                "AT",
                "1",
                "1C",
                name="Selector Attribute",
                when=("unknown", "names no attribute: the selected content is not a Sequence Item"),
            ),
            None,
        ),
        (
            "SelectorValueNumber",
            Attribute(
                0x00720028,
                "US",
                "1",
                "1C",
                name="Selector Value Number",
                when=(
                    "unknown",
                    "names no attribute: the selected content is a single Attribute of any VR other than SQ",
                ),
            ),
            None,
        ),
        (
            "SelectorSequencePointer",
            Attribute(
                0x00720052,
                "AT",
                "1-n",
                "1C",
                name="Selector Sequence Pointer",
                when=("unknown", "depends on where the selected attribute stands"),
            ),
            None,
        ),
        (
            "SelectorSequencePointerPrivateCreator",
            Attribute(
                0x00720054,
                "LO",
                "1-n",
                "1C",
                name="Selector Sequence Pointer Private Creator",
                when=(
                    "unknown",
                    "condition not read: not understood: 'one or more of the values of Selector Sequence Pointer (0072,0052)' (in 'Required if Selector Sequence Pointer (0072,0052) is present and one or more of the values of Selector Sequence Pointer (0072,0052) is the Data Element Tag of a Private Attribute')",
                ),
            ),
            None,
        ),
        (
            "SelectorSequencePointerItems",
            Attribute(
                0x00741057,
                "IS",
                "1-n",
                "1C",
                name="Selector Sequence Pointer Items",
                when=("present", 0x00720052),
            ),
            None,
        ),
        (
            "SelectorAttributePrivateCreator",
            Attribute(
                0x00720056,
                "LO",
                "1",
                "1C",
                name="Selector Attribute Private Creator",
                when=(
                    "unknown",
                    "condition not read: no value after the verb at 'the' (in 'Required if the Selector Attribute (0072,0026) value is the Data Element Tag of a Private Attribute')",
                ),
            ),
            None,
        ),
    ),
)
