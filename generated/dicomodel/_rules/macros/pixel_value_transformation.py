"""Presence rules of Pixel Value Transformation Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PixelValueTransformationMacro = (
    "table_C.7.6.16-10",
    (
        (
            "PixelValueTransformationSequence",
            Attribute(0x00289145, "SQ", "1", "1", name="Pixel Value Transformation Sequence"),
            Lazy(
                "dicomodel.items.pixel_value_transformation_sequence_item",
                "PixelValueTransformationSequenceItem",
            ),
        ),
    ),
)
