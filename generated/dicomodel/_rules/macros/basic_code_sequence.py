"""Presence rules of Basic Code Sequence Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
BasicCodeSequenceMacro = (
    "table_8.8-1a",
    (
        (
            "CodeValue",
            Attribute(
                0x00080100,
                "SH",
                "1",
                "1C",
                name="Code Value",
                when=("unknown", "depends on whether the code is a URN or URL"),
            ),
            None,
        ),
        (
            "CodingSchemeDesignator",
            Attribute(
                0x00080102,
                "SH",
                "1",
                "1C",
                name="Coding Scheme Designator",
                when=("or", ("present", 0x00080100), ("present", 0x00080119)),
                otherwise="may",
            ),
            None,
        ),
        (
            "CodingSchemeVersion",
            Attribute(
                0x00080103,
                "SH",
                "1",
                "1C",
                name="Coding Scheme Version",
                when=(
                    "unknown",
                    "condition not read: no value after the verb at 'sufficient' (in 'Required if the value of Coding Scheme Designator (0008,0102) is present and is not sufficient to identify the Code Value (0008,0100) or Long Code Value (0008,0119) unambiguously')",
                ),
                forbid=("not", ("present", 0x00080102)),
                otherwise="may",
            ),
            None,
        ),
        ("CodeMeaning", Attribute(0x00080104, "LO", "1", "1", name="Code Meaning"), None),
        (
            "LongCodeValue",
            Attribute(
                0x00080119,
                "UC",
                "1",
                "1C",
                name="Long Code Value",
                when=(
                    "and",
                    ("not", ("present", 0x00080100)),
                    ("unknown", "depends on whether the code is a URN or URL"),
                ),
            ),
            None,
        ),
        (
            "URNCodeValue",
            Attribute(
                0x00080120,
                "UR",
                "1",
                "1C",
                name="URN Code Value",
                when=(
                    "and",
                    ("not", ("present", 0x00080100)),
                    ("unknown", "depends on whether the code is a URN or URL"),
                ),
            ),
            None,
        ),
    ),
)
