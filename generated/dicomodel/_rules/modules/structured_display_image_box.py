"""Presence rules of Structured Display Image Box Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
StructuredDisplayImageBoxModule = (
    "table_C.11.17-1",
    (
        (
            "StructuredDisplayImageBoxSequence",
            Attribute(0x00720422, "SQ", "1", "1", name="Structured Display Image Box Sequence"),
            Lazy(
                "dicomodel.items.structured_display_image_box_sequence_item",
                "StructuredDisplayImageBoxSequenceItem",
            ),
        ),
        (
            "ImageBoxSynchronizationSequence",
            Attribute(
                0x00720430,
                "SQ",
                "1",
                "1C",
                name="Image Box Synchronization Sequence",
                when=("unknown", "depends on the synchronization of the acquisition"),
            ),
            Lazy(
                "dicomodel.items.image_box_synchronization_sequence_item",
                "ImageBoxSynchronizationSequenceItem",
            ),
        ),
    ),
)
