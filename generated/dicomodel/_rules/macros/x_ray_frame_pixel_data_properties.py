"""Presence rules of X-Ray Frame Pixel Data Properties Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
XRayFramePixelDataPropertiesMacro = (
    "table_C.8.19.6-4",
    (
        (
            "FramePixelDataPropertiesSequence",
            Attribute(0x00289443, "SQ", "1", "1", name="Frame Pixel Data Properties Sequence"),
            Lazy(
                "dicomodel.items.frame_pixel_data_properties_sequence_item",
                "FramePixelDataPropertiesSequenceItem",
            ),
        ),
    ),
)
