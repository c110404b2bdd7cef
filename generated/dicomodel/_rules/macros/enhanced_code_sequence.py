"""Presence rules of Enhanced Code Sequence Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
EnhancedCodeSequenceMacro = (
    "table_8.8-1b",
    (
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
