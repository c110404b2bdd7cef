"""Presence rules of MR Image Frame Type Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MRImageFrameTypeMacro = (
    "table_C.8-88",
    (
        (
            "MRImageFrameTypeSequence",
            Attribute(0x00189226, "SQ", "1", "1", name="MR Image Frame Type Sequence"),
            Lazy(
                "dicomodel.items.mr_image_frame_type_sequence_item", "MRImageFrameTypeSequenceItem"
            ),
        ),
    ),
)
