"""Presence rules of Image Box Pixel Presentation Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ImageBoxPixelPresentationModule = (
    "table_C.13-5",
    (
        (
            "ImageBoxPosition",
            Attribute(0x20200010, "US", "1", None, name="Image Box Position"),
            None,
        ),
        (
            "Polarity",
            Attribute(
                0x20200020,
                "CS",
                "1",
                None,
                name="Polarity",
                enumerated=((0, ("NORMAL", "REVERSE")),),
            ),
            None,
        ),
        (
            "MagnificationType",
            Attribute(0x20100060, "CS", "1", None, name="Magnification Type"),
            None,
        ),
        ("SmoothingType", Attribute(0x20100080, "CS", "1", None, name="Smoothing Type"), None),
        (
            "ConfigurationInformation",
            Attribute(0x20100150, "ST", "1", None, name="Configuration Information"),
            None,
        ),
        (
            "RequestedImageSize",
            Attribute(0x20200030, "DS", "1", None, name="Requested Image Size"),
            None,
        ),
        (
            "RequestedDecimateCropBehavior",
            Attribute(
                0x20200040,
                "CS",
                "1",
                None,
                name="Requested Decimate/Crop Behavior",
                enumerated=((0, ("DECIMATE", "CROP", "FAIL")),),
            ),
            None,
        ),
        (
            "BasicGrayscaleImageSequence",
            Attribute(0x20200110, "SQ", "1", None, name="Basic Grayscale Image Sequence"),
            Lazy(
                "dicomodel.items.basic_grayscale_image_sequence_item",
                "BasicGrayscaleImageSequenceItem",
            ),
        ),
        (
            "BasicColorImageSequence",
            Attribute(0x20200111, "SQ", "1", None, name="Basic Color Image Sequence"),
            Lazy("dicomodel.items.basic_color_image_sequence_item", "BasicColorImageSequenceItem"),
        ),
        (
            "OriginalImageSequence",
            Attribute(0x213000C0, "SQ", "1", None, name="Original Image Sequence"),
            Lazy("dicomodel.items.original_image_sequence_item", "OriginalImageSequenceItem"),
        ),
    ),
)
