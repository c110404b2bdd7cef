"""Presence rules of HL7v2 Hierarchic Designator Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
HL7v2HierarchicDesignatorMacro = (
    "table_10-17",
    (
        (
            "LocalNamespaceEntityID",
            Attribute(
                0x00400031,
                "UT",
                "1",
                "1C",
                name="Local Namespace Entity ID",
                when=("not", ("present", 0x00400032)),
                otherwise="may",
            ),
            None,
        ),
        (
            "UniversalEntityID",
            Attribute(
                0x00400032,
                "UT",
                "1",
                "1C",
                name="Universal Entity ID",
                when=("not", ("present", 0x00400031)),
                otherwise="may",
            ),
            None,
        ),
        (
            "UniversalEntityIDType",
            Attribute(
                0x00400033,
                "CS",
                "1",
                "1C",
                name="Universal Entity ID Type",
                enumerated=((0, ("DNS", "EUI64", "ISO", "URI", "UUID", "X400", "X500")),),
                when=("present", 0x00400032),
            ),
            None,
        ),
    ),
)
