"""Presence rules of Image Pixel Description Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ImagePixelDescriptionMacro = (
    "table_C.7-11c",
    (
        ("SamplesPerPixel", Attribute(0x00280002, "US", "1", "1", name="Samples per Pixel"), None),
        (
            "PhotometricInterpretation",
            Attribute(0x00280004, "CS", "1", "1", name="Photometric Interpretation"),
            None,
        ),
        ("Rows", Attribute(0x00280010, "US", "1", "1", name="Rows"), None),
        ("Columns", Attribute(0x00280011, "US", "1", "1", name="Columns"), None),
        ("BitsAllocated", Attribute(0x00280100, "US", "1", "1", name="Bits Allocated"), None),
        ("BitsStored", Attribute(0x00280101, "US", "1", "1", name="Bits Stored"), None),
        ("HighBit", Attribute(0x00280102, "US", "1", "1", name="High Bit"), None),
        (
            "PixelRepresentation",
            Attribute(
                0x00280103,
                "US",
                "1",
                "1",
                name="Pixel Representation",
                enumerated=((0, ("0000H", "0001H")),),
            ),
            None,
        ),
        (
            "PlanarConfiguration",
            Attribute(
                0x00280006,
                "US",
                "1",
                "1C",
                name="Planar Configuration",
                enumerated=((0, ("0", "1")),),
                when=("compare", 0x00280002, 1, ">", 1),
            ),
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
            "SmallestImagePixelValue",
            Attribute(0x00280106, "US or SS", "1", "3", name="Smallest Image Pixel Value"),
            None,
        ),
        (
            "LargestImagePixelValue",
            Attribute(0x00280107, "US or SS", "1", "3", name="Largest Image Pixel Value"),
            None,
        ),
        (
            "RedPaletteColorLookupTableDescriptor",
            Attribute(
                0x00281101,
                "US or SS",
                "3",
                "1C",
                name="Red Palette Color Lookup Table Descriptor",
                when=(
                    "or",
                    ("value", 0x00280004, 0, "in", ("PALETTE COLOR",)),
                    ("value", 0x00089205, 0, "in", ("COLOR", "MIXED")),
                ),
            ),
            None,
        ),
        (
            "GreenPaletteColorLookupTableDescriptor",
            Attribute(
                0x00281102,
                "US or SS",
                "3",
                "1C",
                name="Green Palette Color Lookup Table Descriptor",
                when=(
                    "or",
                    ("value", 0x00280004, 0, "in", ("PALETTE COLOR",)),
                    ("value", 0x00089205, 0, "in", ("COLOR", "MIXED")),
                ),
            ),
            None,
        ),
        (
            "BluePaletteColorLookupTableDescriptor",
            Attribute(
                0x00281103,
                "US or SS",
                "3",
                "1C",
                name="Blue Palette Color Lookup Table Descriptor",
                when=(
                    "or",
                    ("value", 0x00280004, 0, "in", ("PALETTE COLOR",)),
                    ("value", 0x00089205, 0, "in", ("COLOR", "MIXED")),
                ),
            ),
            None,
        ),
        (
            "RedPaletteColorLookupTableData",
            Attribute(
                0x00281201,
                "OW",
                "1",
                "1C",
                name="Red Palette Color Lookup Table Data",
                when=(
                    "or",
                    ("value", 0x00280004, 0, "in", ("PALETTE COLOR",)),
                    ("value", 0x00089205, 0, "in", ("COLOR", "MIXED")),
                ),
            ),
            None,
        ),
        (
            "GreenPaletteColorLookupTableData",
            Attribute(
                0x00281202,
                "OW",
                "1",
                "1C",
                name="Green Palette Color Lookup Table Data",
                when=(
                    "or",
                    ("value", 0x00280004, 0, "in", ("PALETTE COLOR",)),
                    ("value", 0x00089205, 0, "in", ("COLOR", "MIXED")),
                ),
            ),
            None,
        ),
        (
            "BluePaletteColorLookupTableData",
            Attribute(
                0x00281203,
                "OW",
                "1",
                "1C",
                name="Blue Palette Color Lookup Table Data",
                when=(
                    "or",
                    ("value", 0x00280004, 0, "in", ("PALETTE COLOR",)),
                    ("value", 0x00089205, 0, "in", ("COLOR", "MIXED")),
                ),
            ),
            None,
        ),
        ("ICCProfile", Attribute(0x00282000, "OB", "1", "3", name="ICC Profile"), None),
        ("ColorSpace", Attribute(0x00282002, "CS", "1", "3", name="Color Space"), None),
    ),
)
