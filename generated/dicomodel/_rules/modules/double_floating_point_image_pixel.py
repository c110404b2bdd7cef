"""Presence rules of Double Floating Point Image Pixel Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
DoubleFloatingPointImagePixelModule = (
    "table_PS3.3_C.7.6.25-1",
    (
        ("SamplesPerPixel", Attribute(0x00280002, "US", "1", "1", name="Samples per Pixel"), None),
        (
            "PhotometricInterpretation",
            Attribute(
                0x00280004,
                "CS",
                "1",
                "1",
                name="Photometric Interpretation",
                enumerated=((0, ("MONOCHROME2",)),),
            ),
            None,
        ),
        ("Rows", Attribute(0x00280010, "US", "1", "1", name="Rows"), None),
        ("Columns", Attribute(0x00280011, "US", "1", "1", name="Columns"), None),
        (
            "BitsAllocated",
            Attribute(
                0x00280100, "US", "1", "1", name="Bits Allocated", enumerated=((0, ("64",)),)
            ),
            None,
        ),
        (
            "DoubleFloatPixelData",
            Attribute(0x7FE00009, "OD", "1", "1", name="Double Float Pixel Data"),
            None,
        ),
        (
            "PixelAspectRatio",
            Attribute(
                0x00280034,
                "IS",
                "2",
                "1C",
                name="Pixel Aspect Ratio",
                when=(
                    "unknown",
                    "condition not read: no verb after 'Nominal Scanned Pixel Spacing (0018,2010) , either for' (in 'Required if the aspect ratio values do not have a ratio of 1 : 1 and the physical pixel spacing is not specified by Pixel Spacing (0028,0030) , or Imager Pixel Spacing (0018,1164) or Nominal Scanned Pixel Spacing (0018,2010) , either for the entire Image or per-frame in a Functional Group Macro')",
                ),
            ),
            None,
        ),
        (
            "DoubleFloatPixelPaddingValue",
            Attribute(0x00280123, "FD", "1", "3", name="Double Float Pixel Padding Value"),
            None,
        ),
        (
            "DoubleFloatPixelPaddingRangeLimit",
            Attribute(
                0x00280125,
                "FD",
                "1",
                "1C",
                name="Double Float Pixel Padding Range Limit",
                when=("present", 0x00280123),
            ),
            None,
        ),
    ),
)
