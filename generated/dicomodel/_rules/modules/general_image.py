"""Presence rules of General Image Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
GeneralImageModule = (
    "table_C.7-9",
    (
        ("InstanceNumber", Attribute(0x00200013, "IS", "1", "2", name="Instance Number"), None),
        (
            "PatientOrientation",
            Attribute(
                0x00200020,
                "CS",
                "2",
                "2C",
                name="Patient Orientation",
                when=(
                    "and",
                    ("unknown", "depends on the geometry of the image"),
                    ("unknown", "depends on the geometry of the image"),
                ),
                otherwise="may",
            ),
            None,
        ),
        (
            "ContentDate",
            Attribute(
                0x00080023,
                "DA",
                "1",
                "2C",
                name="Content Date",
                when=(
                    "unknown",
                    "names no attribute: image is part of a Series in which the images are temporally related",
                ),
                otherwise="may",
            ),
            None,
        ),
        (
            "ContentTime",
            Attribute(
                0x00080033,
                "TM",
                "1",
                "2C",
                name="Content Time",
                when=(
                    "unknown",
                    "names no attribute: image is part of a Series in which the images are temporally related",
                ),
                otherwise="may",
            ),
            None,
        ),
        (
            "ImageType",
            Attribute(
                0x00080008,
                "CS",
                "2-n",
                "3",
                name="Image Type",
                enumerated=((1, ("ORIGINAL", "DERIVED")), (2, ("PRIMARY", "SECONDARY"))),
            ),
            None,
        ),
        ("ImageComments", Attribute(0x00204000, "LT", "1", "3", name="Image Comments"), None),
        (
            "QualityControlImage",
            Attribute(
                0x00280300,
                "CS",
                "1",
                "3",
                name="Quality Control Image",
                enumerated=((0, ("YES", "NO", "BOTH")),),
            ),
            None,
        ),
        (
            "BurnedInAnnotation",
            Attribute(
                0x00280301,
                "CS",
                "1",
                "3",
                name="Burned In Annotation",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "RecognizableVisualFeatures",
            Attribute(
                0x00280302,
                "CS",
                "1",
                "3",
                name="Recognizable Visual Features",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "LossyImageCompression",
            Attribute(
                0x00282110,
                "CS",
                "1",
                "3",
                name="Lossy Image Compression",
                enumerated=((0, ("00", "01")),),
            ),
            None,
        ),
        (
            "LossyImageCompressionRatio",
            Attribute(0x00282112, "DS", "1-n", "3", name="Lossy Image Compression Ratio"),
            None,
        ),
        (
            "LossyImageCompressionMethod",
            Attribute(0x00282114, "CS", "1-n", "3", name="Lossy Image Compression Method"),
            None,
        ),
        (
            "IconImageSequence",
            Attribute(0x00880200, "SQ", "1", "3", name="Icon Image Sequence"),
            Lazy(
                "dicomodel.items.image_pixel_item_image_reference", "ImagePixelItemImageReference"
            ),
        ),
        (
            "PresentationLUTShape",
            Attribute(
                0x20500020,
                "CS",
                "1",
                "3",
                name="Presentation LUT Shape",
                enumerated=((0, ("IDENTITY", "INVERSE")),),
            ),
            None,
        ),
        (
            "RealWorldValueMappingSequence",
            Attribute(0x00409096, "SQ", "1", "3", name="Real World Value Mapping Sequence"),
            Lazy("dicomodel.items.real_world_value_mapping_item", "RealWorldValueMappingItem"),
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
            Attribute(0x00082218, "SQ", "1", "3", name="Anatomic Region Sequence"),
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
    ),
)
