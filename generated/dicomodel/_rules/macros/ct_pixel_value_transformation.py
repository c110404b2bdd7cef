"""Presence rules of CT Pixel Value Transformation Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
CTPixelValueTransformationMacro = (
    "table_C.8-126",
    (
        (
            "PixelValueTransformationSequence",
            Attribute(0x00289145, "SQ", "1", "1", name="Pixel Value Transformation Sequence"),
            Lazy(
                "dicomodel.items.pixel_value_transformation_sequence_item_ct_pixel_value_transformation",
                "PixelValueTransformationSequenceItemCTPixelValueTransformation",
            ),
        ),
    ),
)
