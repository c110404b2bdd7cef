"""Presence rules of Whole Slide Microscopy Image Frame Type Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
WholeSlideMicroscopyImageFrameTypeMacro = (
    "table_C.8.12.9-1",
    (
        (
            "WholeSlideMicroscopyImageFrameTypeSequence",
            Attribute(
                0x00400710, "SQ", "1", "1", name="Whole Slide Microscopy Image Frame Type Sequence"
            ),
            Lazy(
                "dicomodel.items.whole_slide_microscopy_image_frame_type_sequence_item",
                "WholeSlideMicroscopyImageFrameTypeSequenceItem",
            ),
        ),
    ),
)
