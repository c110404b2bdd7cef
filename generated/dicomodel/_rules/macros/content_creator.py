"""Presence rules of Content Creator Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ContentCreatorMacro = (
    "table_10.9.3-1",
    (
        (
            "ContentCreatorName",
            Attribute(0x00700084, "PN", "1", "3", name="Content Creator's Name"),
            None,
        ),
        (
            "ContentCreatorIdentificationCodeSequence",
            Attribute(
                0x00700086, "SQ", "1", "3", name="Content Creator's Identification Code Sequence"
            ),
            Lazy("dicomodel.items.person_identification_item", "PersonIdentificationItem"),
        ),
    ),
)
