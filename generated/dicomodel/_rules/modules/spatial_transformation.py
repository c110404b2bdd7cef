"""Presence rules of Spatial Transformation Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
SpatialTransformationModule = (
    "table_C.10-6",
    (
        (
            "ImageRotation",
            Attribute(
                0x00700042,
                "US",
                "1",
                "1",
                name="Image Rotation",
                enumerated=((0, ("270", "180", "90", "0")),),
            ),
            None,
        ),
        (
            "ImageHorizontalFlip",
            Attribute(
                0x00700041,
                "CS",
                "1",
                "1",
                name="Image Horizontal Flip",
                enumerated=((0, ("Y", "N")),),
            ),
            None,
        ),
    ),
)
