"""Presence rules of RT Image Frame Context Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTImageFrameContextMacro = (
    "table_C.36.2.4.11-1",
    (
        (
            "RTImageFrameContextSequence",
            Attribute(0x30020103, "SQ", "1", "1", name="RT Image Frame Context Sequence"),
            Lazy(
                "dicomodel.items.rt_image_frame_context_sequence_item",
                "RTImageFrameContextSequenceItem",
            ),
        ),
    ),
)
