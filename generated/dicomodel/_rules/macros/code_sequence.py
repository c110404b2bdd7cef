"""Presence rules of Code Sequence Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
CodeSequenceMacro = (
    "table_8.8-1",
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
        (
            "EquivalentCodeSequence",
            Attribute(0x00080121, "SQ", "1", "3", name="Equivalent Code Sequence"),
            Lazy("dicomodel.items.equivalent_code_sequence_item", "EquivalentCodeSequenceItem"),
        ),
        (
            "ContextIdentifier",
            Attribute(0x0008010F, "CS", "1", "3", name="Context Identifier"),
            None,
        ),
        ("ContextUID", Attribute(0x00080117, "UI", "1", "3", name="Context UID"), None),
        (
            "MappingResource",
            Attribute(
                0x00080105, "CS", "1", "1C", name="Mapping Resource", when=("present", 0x0008010F)
            ),
            None,
        ),
        (
            "MappingResourceUID",
            Attribute(0x00080118, "UI", "1", "3", name="Mapping Resource UID"),
            None,
        ),
        (
            "MappingResourceName",
            Attribute(0x00080122, "LO", "1", "3", name="Mapping Resource Name"),
            None,
        ),
        (
            "ContextGroupVersion",
            Attribute(
                0x00080106,
                "DT",
                "1",
                "1C",
                name="Context Group Version",
                when=("present", 0x0008010F),
            ),
            None,
        ),
        (
            "ContextGroupExtensionFlag",
            Attribute(
                0x0008010B,
                "CS",
                "1",
                "3",
                name="Context Group Extension Flag",
                enumerated=((0, ("Y", "N")),),
            ),
            None,
        ),
        (
            "ContextGroupLocalVersion",
            Attribute(
                0x00080107,
                "DT",
                "1",
                "1C",
                name="Context Group Local Version",
                when=("value", 0x0008010B, 0, "in", ("Y",)),
            ),
            None,
        ),
        (
            "ContextGroupExtensionCreatorUID",
            Attribute(
                0x0008010D,
                "UI",
                "1",
                "1C",
                name="Context Group Extension Creator UID",
                when=("value", 0x0008010B, 0, "in", ("Y",)),
            ),
            None,
        ),
    ),
)
