"""Presence rules of VL Image Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
VLImageModule = (
    "table_C.8-77",
    (
        (
            "ImageType",
            Attribute(
                0x00080008,
                "CS",
                "2-n",
                "1",
                name="Image Type",
                enumerated=(
                    (1, ("ORIGINAL", "DERIVED")),
                    (2, ("PRIMARY", "SECONDARY")),
                    (3, ("STEREO L", "STEREO R")),
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
                "1",
                name="Photometric Interpretation",
                enumerated=(
                    (
                        0,
                        (
                            "MONOCHROME2",
                            "RGB",
                            "YBR_FULL_422",
                            "YBR_PARTIAL_420",
                            "YBR_RCT",
                            "YBR_ICT",
                        ),
                    ),
                ),
            ),
            None,
        ),
        (
            "BitsAllocated",
            Attribute(0x00280100, "US", "1", "1", name="Bits Allocated", enumerated=((0, ("8",)),)),
            None,
        ),
        (
            "BitsStored",
            Attribute(0x00280101, "US", "1", "1", name="Bits Stored", enumerated=((0, ("8",)),)),
            None,
        ),
        (
            "HighBit",
            Attribute(0x00280102, "US", "1", "1", name="High Bit", enumerated=((0, ("7",)),)),
            None,
        ),
        (
            "PixelRepresentation",
            Attribute(
                0x00280103, "US", "1", "1", name="Pixel Representation", enumerated=((0, ("0",)),)
            ),
            None,
        ),
        (
            "SamplesPerPixel",
            Attribute(
                0x00280002, "US", "1", "1", name="Samples per Pixel", enumerated=((0, ("1", "3")),)
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
                enumerated=((0, ("0",)),),
                when=("compare", 0x00280002, 1, ">", 1),
            ),
            None,
        ),
        (
            "ContentTime",
            Attribute(
                0x00080033,
                "TM",
                "1",
                "1C",
                name="Content Time",
                when=(
                    "unknown",
                    "names no attribute: the Image is part of a Series in which the images are temporally related",
                ),
            ),
            None,
        ),
        (
            "LossyImageCompression",
            Attribute(
                0x00282110,
                "CS",
                "1",
                "2",
                name="Lossy Image Compression",
                enumerated=((0, ("00", "01")),),
            ),
            None,
        ),
        (
            "ReferencedImageSequence",
            Attribute(
                0x00081140,
                "SQ",
                "1",
                "1C",
                name="Referenced Image Sequence",
                when=(
                    "and",
                    ("present", 0x00080008),
                    ("value", 0x00080008, 3, "in", ("STEREO L", "STEREO R")),
                ),
                otherwise="may",
            ),
            Lazy(
                "dicomodel.items.referenced_image_sequence_item_vl_image",
                "ReferencedImageSequenceItemVLImage",
            ),
        ),
        ("WindowCenter", Attribute(0x00281050, "DS", "1-n", "3", name="Window Center"), None),
        (
            "WindowWidth",
            Attribute(
                0x00281051, "DS", "1-n", "1C", name="Window Width", when=("present", 0x00281050)
            ),
            None,
        ),
        (
            "ImageLaterality",
            Attribute(
                0x00200062,
                "CS",
                "1",
                "3",
                name="Image Laterality",
                enumerated=((0, ("R", "L", "U", "B")),),
            ),
            None,
        ),
        (
            "AnatomicRegionSequence",
            Attribute(
                0x00082218,
                "SQ",
                "1",
                "1C",
                name="Anatomic Region Sequence",
                when=("and", ("present", 0x00280008), ("not", ("present", 0x00400560))),
                otherwise="may",
            ),
            Lazy("dicomodel.items.anatomic_region_sequence_item", "AnatomicRegionSequenceItem"),
        ),
        (
            "PrimaryAnatomicStructureSequence",
            Attribute(0x00082228, "SQ", "1", "3", name="Primary Anatomic Structure Sequence"),
            Lazy(
                "dicomodel.items.primary_anatomic_structure_sequence_item",
                "PrimaryAnatomicStructureSequenceItem",
            ),
        ),
        (
            "ChannelDescriptionCodeSequence",
            Attribute(0x0022001A, "SQ", "1", "3", name="Channel Description Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        ("PixelSpacing", Attribute(0x00280030, "DS", "2", "3", name="Pixel Spacing"), None),
        (
            "ImagerPixelSpacing",
            Attribute(0x00181164, "DS", "2", "3", name="Imager Pixel Spacing"),
            None,
        ),
    ),
)
