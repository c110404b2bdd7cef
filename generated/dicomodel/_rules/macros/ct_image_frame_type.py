"""Presence rules of CT Image Frame Type Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
CTImageFrameTypeMacro = (
    "table_C.8-117",
    (
        (
            "CTImageFrameTypeSequence",
            Attribute(0x00189329, "SQ", "1", "1", name="CT Image Frame Type Sequence"),
            Lazy(
                "dicomodel.items.ct_image_frame_type_sequence_item", "CTImageFrameTypeSequenceItem"
            ),
        ),
    ),
)
