"""Presence rules of Pixel Intensity Relationship LUT Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PixelIntensityRelationshipLUTMacro = (
    "table_C.7.6.16-14",
    (
        (
            "PixelIntensityRelationshipLUTSequence",
            Attribute(0x00289422, "SQ", "1", "1", name="Pixel Intensity Relationship LUT Sequence"),
            Lazy(
                "dicomodel.items.pixel_intensity_relationship_lut_sequence_item",
                "PixelIntensityRelationshipLUTSequenceItem",
            ),
        ),
    ),
)
