"""Presence rules of Encrypted Attributes Data Set Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
EncryptedAttributesDataSetMacro = (
    "table_C.12-7",
    (
        (
            "ModifiedAttributesSequence",
            Attribute(0x04000550, "SQ", "1", "1", name="Modified Attributes Sequence"),
            Lazy(
                "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
                "UnassignedSharedConvertedAttributesSequenceItem",
            ),
        ),
    ),
)
