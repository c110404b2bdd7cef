"""Presence rules of RT Image Frame General Content Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTImageFrameGeneralContentMacro = (
    "table_C.36.2.4.8-1",
    (
        (
            "RTImageFrameGeneralContentSequence",
            Attribute(0x30020102, "SQ", "1", "1", name="RT Image Frame General Content Sequence"),
            Lazy(
                "dicomodel.items.rt_image_frame_general_content_sequence_item",
                "RTImageFrameGeneralContentSequenceItem",
            ),
        ),
    ),
)
