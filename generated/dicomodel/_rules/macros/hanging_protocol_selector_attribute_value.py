"""Presence rules of Hanging Protocol Selector Attribute Value Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
HangingProtocolSelectorAttributeValueMacro = (
    "table_C.23.4-2",
    (
        (
            "SelectorATValue",
            Attribute(
                0x00720060,
                "AT",
                "1-n",
                "1C",
                name="Selector AT Value",
                when=("and", ("present", 0x00720050), ("value", 0x00720050, 0, "in", ("AT",))),
            ),
            None,
        ),
        (
            "SelectorCSValue",
            Attribute(
                0x00720062,
                "CS",
                "1-n",
                "1C",
                name="Selector CS Value",
                when=("and", ("present", 0x00720050), ("value", 0x00720050, 0, "in", ("CS",))),
            ),
            None,
        ),
        (
            "SelectorISValue",
            Attribute(
                0x00720064,
                "IS",
                "1-n",
                "1C",
                name="Selector IS Value",
                when=("and", ("present", 0x00720050), ("value", 0x00720050, 0, "in", ("IS",))),
            ),
            None,
        ),
        (
            "SelectorLOValue",
            Attribute(
                0x00720066,
                "LO",
                "1-n",
                "1C",
                name="Selector LO Value",
                when=("and", ("present", 0x00720050), ("value", 0x00720050, 0, "in", ("LO",))),
            ),
            None,
        ),
        (
            "SelectorLTValue",
            Attribute(
                0x00720068,
                "LT",
                "1",
                "1C",
                name="Selector LT Value",
                when=("and", ("present", 0x00720050), ("value", 0x00720050, 0, "in", ("LT",))),
            ),
            None,
        ),
        (
            "SelectorPNValue",
            Attribute(
                0x0072006A,
                "PN",
                "1-n",
                "1C",
                name="Selector PN Value",
                when=("and", ("present", 0x00720050), ("value", 0x00720050, 0, "in", ("PN",))),
            ),
            None,
        ),
        (
            "SelectorSHValue",
            Attribute(
                0x0072006C,
                "SH",
                "1-n",
                "1C",
                name="Selector SH Value",
                when=("and", ("present", 0x00720050), ("value", 0x00720050, 0, "in", ("SH",))),
            ),
            None,
        ),
        (
            "SelectorSTValue",
            Attribute(
                0x0072006E,
                "ST",
                "1",
                "1C",
                name="Selector ST Value",
                when=("and", ("present", 0x00720050), ("value", 0x00720050, 0, "in", ("ST",))),
            ),
            None,
        ),
        (
            "SelectorUTValue",
            Attribute(
                0x00720070,
                "UT",
                "1",
                "1C",
                name="Selector UT Value",
                when=("and", ("present", 0x00720050), ("value", 0x00720050, 0, "in", ("UT",))),
            ),
            None,
        ),
        (
            "SelectorDSValue",
            Attribute(
                0x00720072,
                "DS",
                "1-n",
                "1C",
                name="Selector DS Value",
                when=("and", ("present", 0x00720050), ("value", 0x00720050, 0, "in", ("DS",))),
            ),
            None,
        ),
        (
            "SelectorFDValue",
            Attribute(
                0x00720074,
                "FD",
                "1-n",
                "1C",
                name="Selector FD Value",
                when=("and", ("present", 0x00720050), ("value", 0x00720050, 0, "in", ("FD",))),
            ),
            None,
        ),
        (
            "SelectorFLValue",
            Attribute(
                0x00720076,
                "FL",
                "1-n",
                "1C",
                name="Selector FL Value",
                when=("and", ("present", 0x00720050), ("value", 0x00720050, 0, "in", ("FL",))),
            ),
            None,
        ),
        (
            "SelectorULValue",
            Attribute(
                0x00720078,
                "UL",
                "1-n",
                "1C",
                name="Selector UL Value",
                when=("and", ("present", 0x00720050), ("value", 0x00720050, 0, "in", ("UL",))),
            ),
            None,
        ),
        (
            "SelectorUSValue",
            Attribute(
                0x0072007A,
                "US",
                "1-n",
                "1C",
                name="Selector US Value",
                when=("and", ("present", 0x00720050), ("value", 0x00720050, 0, "in", ("US",))),
            ),
            None,
        ),
        (
            "SelectorSLValue",
            Attribute(
                0x0072007C,
                "SL",
                "1-n",
                "1C",
                name="Selector SL Value",
                when=("and", ("present", 0x00720050), ("value", 0x00720050, 0, "in", ("SL",))),
            ),
            None,
        ),
        (
            "SelectorSSValue",
            Attribute(
                0x0072007E,
                "SS",
                "1-n",
                "1C",
                name="Selector SS Value",
                when=("and", ("present", 0x00720050), ("value", 0x00720050, 0, "in", ("SS",))),
            ),
            None,
        ),
        (
            "SelectorCodeSequenceValue",
            Attribute(
                0x00720080,
                "SQ",
                "1",
                "1C",
                name="Selector Code Sequence Value",
                when=(
                    "unknown",
                    "condition not read: no value after the verb at 'a' (in 'Required if Selector Attribute VR (0072,0050) is present and the value is SQ , and Selector Attribute (0072,0026) is a Code Sequence')",
                ),
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "SelectorUIValue",
            Attribute(
                0x0072007F,
                "UI",
                "1-n",
                "1C",
                name="Selector UI Value",
                when=("and", ("present", 0x00720050), ("value", 0x00720050, 0, "in", ("UI",))),
            ),
            None,
        ),
    ),
)
