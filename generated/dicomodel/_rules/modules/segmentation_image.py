"""Presence rules of Segmentation Image Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
SegmentationImageModule = (
    "table_C.8.20-2",
    (
        (
            "ImageType",
            Attribute(
                0x00080008,
                "CS",
                "2-n",
                "1",
                name="Image Type",
                enumerated=((1, ("DERIVED",)), (2, ("PRIMARY",))),
            ),
            None,
        ),
        ("InstanceNumber", Attribute(0x00200013, "IS", "1", "1", name="Instance Number"), None),
        ("ContentLabel", Attribute(0x00700080, "CS", "1", "1", name="Content Label"), None),
        (
            "ContentDescription",
            Attribute(0x00700081, "LO", "1", "2", name="Content Description"),
            None,
        ),
        (
            "ConceptNameCodeSequence",
            Attribute(0x0040A043, "SQ", "1", "3", name="Concept Name Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "AlternateContentDescriptionSequence",
            Attribute(0x00700087, "SQ", "1", "3", name="Alternate Content Description Sequence"),
            Lazy(
                "dicomodel.items.alternate_content_description_sequence_item",
                "AlternateContentDescriptionSequenceItem",
            ),
        ),
        (
            "ContentCreatorName",
            Attribute(0x00700084, "PN", "1", "3", name="Content Creator's Name"),
            None,
        ),
        (
            "ContentCreatorIdentificationCodeSequence",
            Attribute(
                0x00700086, "SQ", "1", "3", name="Content Creator's Identification Code Sequence"
            ),
            Lazy("dicomodel.items.person_identification_item", "PersonIdentificationItem"),
        ),
        (
            "SamplesPerPixel",
            Attribute(
                0x00280002, "US", "1", "1", name="Samples Per Pixel", enumerated=((0, ("1",)),)
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
                enumerated=((0, ("MONOCHROME2", "PALETTE COLOR")),),
            ),
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
            "BitsAllocated",
            Attribute(
                0x00280100,
                "US",
                "1",
                "1",
                name="Bits Allocated",
                enumerated=((0, ("1", "8", "16")),),
            ),
            None,
        ),
        (
            "BitsStored",
            Attribute(
                0x00280101, "US", "1", "1", name="Bits Stored", enumerated=((0, ("1", "8", "16")),)
            ),
            None,
        ),
        (
            "HighBit",
            Attribute(
                0x00280102, "US", "1", "1", name="High Bit", enumerated=((0, ("0", "7", "15")),)
            ),
            None,
        ),
        (
            "LossyImageCompression",
            Attribute(
                0x00282110,
                "CS",
                "1",
                "1",
                name="Lossy Image Compression",
                enumerated=((0, ("00", "01")),),
            ),
            None,
        ),
        (
            "LossyImageCompressionRatio",
            Attribute(
                0x00282112,
                "DS",
                "1-n",
                "1C",
                name="Lossy Image Compression Ratio",
                when=(
                    "unknown",
                    "names no attribute: present in the source images or this IOD Instance has been compressed",
                ),
            ),
            None,
        ),
        (
            "LossyImageCompressionMethod",
            Attribute(
                0x00282114,
                "CS",
                "1-n",
                "1C",
                name="Lossy Image Compression Method",
                when=(
                    "unknown",
                    "names no attribute: present in the source images or this IOD Instance has been compressed",
                ),
            ),
            None,
        ),
        (
            "SegmentationType",
            Attribute(
                0x00620001,
                "CS",
                "1",
                "1",
                name="Segmentation Type",
                enumerated=((0, ("BINARY", "FRACTIONAL", "LABELMAP")),),
            ),
            None,
        ),
        (
            "SegmentationFractionalType",
            Attribute(
                0x00620010,
                "CS",
                "1",
                "1C",
                name="Segmentation Fractional Type",
                enumerated=((0, ("PROBABILITY", "OCCUPANCY")),),
                when=("value", 0x00620001, 0, "in", ("FRACTIONAL",)),
            ),
            None,
        ),
        (
            "MaximumFractionalValue",
            Attribute(
                0x0062000E,
                "US",
                "1",
                "1C",
                name="Maximum Fractional Value",
                when=("value", 0x00620001, 0, "in", ("FRACTIONAL",)),
            ),
            None,
        ),
        (
            "SegmentsOverlap",
            Attribute(
                0x00620013,
                "CS",
                "1",
                "3",
                name="Segments Overlap",
                enumerated=((0, ("YES", "UNDEFINED", "NO")),),
            ),
            None,
        ),
        (
            "SegmentSequence",
            Attribute(0x00620002, "SQ", "1", "1", name="Segment Sequence"),
            Lazy("dicomodel.items.segment_sequence_item", "SegmentSequenceItem"),
        ),
    ),
)
