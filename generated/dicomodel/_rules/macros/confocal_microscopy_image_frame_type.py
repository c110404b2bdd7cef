"""Presence rules of Confocal Microscopy Image Frame Type Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ConfocalMicroscopyImageFrameTypeMacro = (
    "table_C.8.35.4.1-1",
    (
        (
            "ConfocalMicroscopyImageFrameTypeSequence",
            Attribute(
                0x00480116, "SQ", "1", "1", name="Confocal Microscopy Image Frame Type Sequence"
            ),
            Lazy(
                "dicomodel.items.whole_slide_microscopy_image_frame_type_sequence_item",
                "WholeSlideMicroscopyImageFrameTypeSequenceItem",
            ),
        ),
    ),
)
