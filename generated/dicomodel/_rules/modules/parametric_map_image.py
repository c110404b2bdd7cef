"""Presence rules of Parametric Map Image Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ParametricMapImageModule = (
    "table_PS3.3_C.8.32-2",
    (
        (
            "ImageType",
            Attribute(
                0x00080008,
                "CS",
                "2-n",
                "1",
                name="Image Type",
                enumerated=((1, ("DERIVED",)), (2, ("PRIMARY",)), (4, ("NONE",))),
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
            "PixelPresentation",
            Attribute(
                0x00089205,
                "CS",
                "1",
                "3",
                name="Pixel Presentation",
                enumerated=((0, ("COLOR_RANGE", "MONOCHROME")),),
            ),
            None,
        ),
        (
            "SamplesPerPixel",
            Attribute(
                0x00280002, "US", "1", "1", name="Samples per Pixel", enumerated=((0, ("1",)),)
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
                enumerated=((0, ("MONOCHROME2",)),),
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
                enumerated=((0, ("16", "32", "64")),),
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
                enumerated=((0, ("16",)),),
                when=("or", ("present", 0x7FE00010), ("present", 0x00287FE0)),
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
                enumerated=((0, ("15",)),),
                when=("or", ("present", 0x7FE00010), ("present", 0x00287FE0)),
            ),
            None,
        ),
        (
            "PresentationLUTShape",
            Attribute(
                0x20500020,
                "CS",
                "1",
                "1",
                name="Presentation LUT Shape",
                enumerated=((0, ("IDENTITY",)),),
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
                    "names no attribute: present in the source images or this SOP Instance has been compressed",
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
                    "names no attribute: present in the source images or this SOP Instance has been compressed",
                ),
            ),
            None,
        ),
        (
            "BurnedInAnnotation",
            Attribute(
                0x00280301, "CS", "1", "1", name="Burned In Annotation", enumerated=((0, ("NO",)),)
            ),
            None,
        ),
        (
            "RecognizableVisualFeatures",
            Attribute(
                0x00280302,
                "CS",
                "1",
                "1",
                name="Recognizable Visual Features",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "ContentQualification",
            Attribute(
                0x00189004,
                "CS",
                "1",
                "1",
                name="Content Qualification",
                enumerated=((0, ("PRODUCT", "RESEARCH", "SERVICE")),),
            ),
            None,
        ),
        (
            "PaletteColorLookupTableUID",
            Attribute(
                0x00281199,
                "UI",
                "1",
                "1C",
                name="Palette Color Lookup Table UID",
                when=(
                    "and",
                    ("value", 0x00089205, 0, "in", ("COLOR_RANGE",)),
                    ("not", ("module", "Palette Color Lookup Table")),
                ),
            ),
            None,
        ),
        (
            "ICCProfile",
            Attribute(
                0x00282000,
                "OB",
                "1",
                "1C",
                name="ICC Profile",
                when=("value", 0x00089205, 0, "in", ("COLOR_RANGE",)),
            ),
            None,
        ),
        ("ColorSpace", Attribute(0x00282002, "CS", "1", "3", name="Color Space"), None),
    ),
)
