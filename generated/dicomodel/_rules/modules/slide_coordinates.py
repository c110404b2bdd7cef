"""Presence rules of Slide Coordinates Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
SlideCoordinatesModule = (
    "table_C.8-78",
    (
        (
            "ImageCenterPointCoordinatesSequence",
            Attribute(0x0040071A, "SQ", "1", "2", name="Image Center Point Coordinates Sequence"),
            Lazy(
                "dicomodel.items.image_center_point_coordinates_sequence_item",
                "ImageCenterPointCoordinatesSequenceItem",
            ),
        ),
    ),
)
