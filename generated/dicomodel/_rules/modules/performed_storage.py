"""Presence rules of Performed Storage Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PerformedStorageModule = (
    "table_C.34.14-1",
    (
        (
            "StorageProtocolElementSequence",
            Attribute(0x00189936, "SQ", "1", "1", name="Storage Protocol Element Sequence"),
            Lazy(
                "dicomodel.items.storage_protocol_element_sequence_item",
                "StorageProtocolElementSequenceItem",
            ),
        ),
    ),
)
