"""Presence rules of Current Frame Functional Groups Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
CurrentFrameFunctionalGroupsModule = (
    "table_C.7.6.27-1",
    (
        (
            "CurrentFrameFunctionalGroupsSequence",
            Attribute(0x00060001, "SQ", "1", "1", name="Current Frame Functional Groups Sequence"),
            Lazy(
                "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
                "UnassignedSharedConvertedAttributesSequenceItem",
            ),
        ),
    ),
)
