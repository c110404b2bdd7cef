"""Presence rules of Photoacoustic Image Frame Type Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PhotoacousticImageFrameTypeMacro = (
    "table_C.8.34.5.2-1",
    (
        (
            "PhotoacousticImageFrameTypeSequence",
            Attribute(0x00189835, "SQ", "1", "1", name="Photoacoustic Image Frame Type Sequence"),
            Lazy(
                "dicomodel.items.photoacoustic_image_frame_type_sequence_item",
                "PhotoacousticImageFrameTypeSequenceItem",
            ),
        ),
    ),
)
