"""Presence rules of Frame Content Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
FrameContentMacro = (
    "table_C.7.6.16-3",
    (
        (
            "FrameContentSequence",
            Attribute(0x00209111, "SQ", "1", "1", name="Frame Content Sequence"),
            Lazy("dicomodel.items.frame_content_sequence_item", "FrameContentSequenceItem"),
        ),
    ),
)
