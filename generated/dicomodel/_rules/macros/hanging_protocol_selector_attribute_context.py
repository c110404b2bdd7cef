"""Presence rules of Hanging Protocol Selector Attribute Context Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
HangingProtocolSelectorAttributeContextMacro = (
    "table_C.23.4-1",
    (
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
            "FunctionalGroupPointer",
            Attribute(
                0x00209167,
                "AT",
                "1",
                "1C",
                name="Functional Group Pointer",
                when=(
                    "unknown",
                    "condition not read: no value after the verb at 'the' (in 'Required if the value of Selector Attribute (0072,0026) is the Data Element Tag of an Attribute that is contained within a Functional Group Sequence')",
                ),
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
                    "condition not read: no value after the verb at 'the' (in 'Required if the Selector Sequence Pointer (0072,0052) value is the Data Element Tag of a Private Attribute')",
                ),
            ),
            None,
        ),
        (
            "FunctionalGroupPrivateCreator",
            Attribute(
                0x00209238,
                "LO",
                "1",
                "1C",
                name="Functional Group Private Creator",
                when=(
                    "unknown",
                    "condition not read: no value after the verb at 'the' (in 'Required if the Functional Group Pointer (0020,9167) value is the Data Element Tag of a Private Attribute')",
                ),
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
