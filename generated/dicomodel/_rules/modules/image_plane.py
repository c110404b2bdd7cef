"""Presence rules of Image Plane Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ImagePlaneModule = (
    "table_C.7-10",
    (
        ("PixelSpacing", Attribute(0x00280030, "DS", "2", "1", name="Pixel Spacing"), None),
        (
            "ImageOrientationPatient",
            Attribute(0x00200037, "DS", "6", "1", name="Image Orientation (Patient)"),
            None,
        ),
        (
            "ImagePositionPatient",
            Attribute(0x00200032, "DS", "3", "1", name="Image Position (Patient)"),
            None,
        ),
        ("SliceThickness", Attribute(0x00180050, "DS", "1", "2", name="Slice Thickness"), None),
        (
            "SpacingBetweenSlices",
            Attribute(0x00180088, "DS", "1", "3", name="Spacing Between Slices"),
            None,
        ),
        ("SliceLocation", Attribute(0x00201041, "DS", "1", "3", name="Slice Location"), None),
    ),
)
