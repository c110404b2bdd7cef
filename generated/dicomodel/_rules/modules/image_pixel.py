"""Presence rules of Image Pixel Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ImagePixelModule = (
    "table_C.7-11a",
    (
        (
            "SamplesPerPixel",
            Attribute(
                0x00280002,
                "US",
                "1",
                "1C",
                name="Samples per Pixel",
                when=(
                    "not",
                    (
                        "and",
                        ("context", "stow-rs-metadata"),
                        ("unknown", "depends on whether the bulk pixel data is compressed"),
                    ),
                ),
            ),
            None,
        ),
        (
            "PhotometricInterpretation",
            Attribute(
                0x00280004,
                "CS",
                "1",
                "1C",
                name="Photometric Interpretation",
                when=(
                    "not",
                    (
                        "and",
                        ("context", "stow-rs-metadata"),
                        ("unknown", "depends on whether the bulk pixel data is compressed"),
                    ),
                ),
            ),
            None,
        ),
        (
            "Rows",
            Attribute(
                0x00280010,
                "US",
                "1",
                "1C",
                name="Rows",
                when=(
                    "not",
                    (
                        "and",
                        ("context", "stow-rs-metadata"),
                        ("unknown", "depends on whether the bulk pixel data is compressed"),
                    ),
                ),
            ),
            None,
        ),
        (
            "Columns",
            Attribute(
                0x00280011,
                "US",
                "1",
                "1C",
                name="Columns",
                when=(
                    "not",
                    (
                        "and",
                        ("context", "stow-rs-metadata"),
                        ("unknown", "depends on whether the bulk pixel data is compressed"),
                    ),
                ),
            ),
            None,
        ),
        (
            "BitsAllocated",
            Attribute(
                0x00280100,
                "US",
                "1",
                "1C",
                name="Bits Allocated",
                when=(
                    "not",
                    (
                        "and",
                        ("context", "stow-rs-metadata"),
                        ("unknown", "depends on whether the bulk pixel data is compressed"),
                    ),
                ),
            ),
            None,
        ),
        (
            "BitsStored",
            Attribute(
                0x00280101,
                "US",
                "1",
                "1C",
                name="Bits Stored",
                when=(
                    "not",
                    (
                        "and",
                        ("context", "stow-rs-metadata"),
                        ("unknown", "depends on whether the bulk pixel data is compressed"),
                    ),
                ),
            ),
            None,
        ),
        (
            "HighBit",
            Attribute(
                0x00280102,
                "US",
                "1",
                "1C",
                name="High Bit",
                when=(
                    "not",
                    (
                        "and",
                        ("context", "stow-rs-metadata"),
                        ("unknown", "depends on whether the bulk pixel data is compressed"),
                    ),
                ),
            ),
            None,
        ),
        (
            "PixelRepresentation",
            Attribute(
                0x00280103,
                "US",
                "1",
                "1C",
                name="Pixel Representation",
                enumerated=((0, ("0000H", "0001H")),),
                when=(
                    "not",
                    (
                        "and",
                        ("context", "stow-rs-metadata"),
                        ("unknown", "depends on whether the bulk pixel data is compressed"),
                    ),
                ),
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
                when=(
                    "and",
                    (
                        "not",
                        (
                            "and",
                            ("context", "stow-rs-metadata"),
                            ("unknown", "depends on whether the bulk pixel data is compressed"),
                        ),
                    ),
                    ("compare", 0x00280002, 1, ">", 1),
                ),
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
                    "and",
                    (
                        "not",
                        (
                            "and",
                            ("context", "stow-rs-metadata"),
                            ("unknown", "depends on whether the bulk pixel data is compressed"),
                        ),
                    ),
                    (
                        "unknown",
                        "condition not read: no verb after 'Nominal Scanned Pixel Spacing (0018,2010) , either for' (in 'Required if the aspect ratio values do not have a ratio of 1 : 1 and the physical pixel spacing is not specified by Pixel Spacing (0028,0030) , or Imager Pixel Spacing (0018,1164) or Nominal Scanned Pixel Spacing (0018,2010) , either for the entire Image or per-frame in a Functional Group Macro')",
                    ),
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
                    "and",
                    (
                        "not",
                        (
                            "and",
                            ("context", "stow-rs-metadata"),
                            ("unknown", "depends on whether the bulk pixel data is compressed"),
                        ),
                    ),
                    (
                        "or",
                        ("value", 0x00280004, 0, "in", ("PALETTE COLOR",)),
                        ("value", 0x00089205, 0, "in", ("COLOR", "MIXED")),
                    ),
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
                    "and",
                    (
                        "not",
                        (
                            "and",
                            ("context", "stow-rs-metadata"),
                            ("unknown", "depends on whether the bulk pixel data is compressed"),
                        ),
                    ),
                    (
                        "or",
                        ("value", 0x00280004, 0, "in", ("PALETTE COLOR",)),
                        ("value", 0x00089205, 0, "in", ("COLOR", "MIXED")),
                    ),
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
                    "and",
                    (
                        "not",
                        (
                            "and",
                            ("context", "stow-rs-metadata"),
                            ("unknown", "depends on whether the bulk pixel data is compressed"),
                        ),
                    ),
                    (
                        "or",
                        ("value", 0x00280004, 0, "in", ("PALETTE COLOR",)),
                        ("value", 0x00089205, 0, "in", ("COLOR", "MIXED")),
                    ),
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
                    "and",
                    (
                        "not",
                        (
                            "and",
                            ("context", "stow-rs-metadata"),
                            ("unknown", "depends on whether the bulk pixel data is compressed"),
                        ),
                    ),
                    (
                        "or",
                        ("value", 0x00280004, 0, "in", ("PALETTE COLOR",)),
                        ("value", 0x00089205, 0, "in", ("COLOR", "MIXED")),
                    ),
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
                    "and",
                    (
                        "not",
                        (
                            "and",
                            ("context", "stow-rs-metadata"),
                            ("unknown", "depends on whether the bulk pixel data is compressed"),
                        ),
                    ),
                    (
                        "or",
                        ("value", 0x00280004, 0, "in", ("PALETTE COLOR",)),
                        ("value", 0x00089205, 0, "in", ("COLOR", "MIXED")),
                    ),
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
                    "and",
                    (
                        "not",
                        (
                            "and",
                            ("context", "stow-rs-metadata"),
                            ("unknown", "depends on whether the bulk pixel data is compressed"),
                        ),
                    ),
                    (
                        "or",
                        ("value", 0x00280004, 0, "in", ("PALETTE COLOR",)),
                        ("value", 0x00089205, 0, "in", ("COLOR", "MIXED")),
                    ),
                ),
            ),
            None,
        ),
        ("ICCProfile", Attribute(0x00282000, "OB", "1", "3", name="ICC Profile"), None),
        ("ColorSpace", Attribute(0x00282002, "CS", "1", "3", name="Color Space"), None),
        (
            "PixelData",
            Attribute(
                0x7FE00010,
                "OB or OW",
                "1",
                "1C",
                name="Pixel Data",
                when=("not", ("present", 0x00287FE0)),
            ),
            None,
        ),
        (
            "PixelDataProviderURL",
            Attribute(
                0x00287FE0,
                "UR",
                "1",
                "1C",
                name="Pixel Data Provider URL",
                when=("transfer_syntax", ("1.2.840.10008.1.2.4.94", "1.2.840.10008.1.2.4.95")),
            ),
            None,
        ),
        (
            "PixelPaddingRangeLimit",
            Attribute(
                0x00280121,
                "US or SS",
                "1",
                "1C",
                name="Pixel Padding Range Limit",
                when=(
                    "unknown",
                    "names no attribute: pixel padding is to be defined as a range rather than a single value",
                ),
            ),
            None,
        ),
        (
            "ExtendedOffsetTable",
            Attribute(0x7FE00001, "OV", "1", "3", name="Extended Offset Table"),
            None,
        ),
        (
            "ExtendedOffsetTableLengths",
            Attribute(
                0x7FE00002,
                "OV",
                "1",
                "1C",
                name="Extended Offset Table Lengths",
                when=(
                    "and",
                    ("present", 0x7FE00001),
                    ("unknown", "names no attribute: every frame is encoded as a single fragment"),
                ),
            ),
            None,
        ),
    ),
)
