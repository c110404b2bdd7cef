"""Presence rules of Intravascular OCT Image Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
IntravascularOCTImageModule = (
    "table_C.8.27.2-1",
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
                    (1, ("ORIGINAL", "DERIVED", "MIXED")),
                    (2, ("PRIMARY",)),
                    (4, ("NONE",)),
                ),
            ),
            None,
        ),
        (
            "VolumetricProperties",
            Attribute(
                0x00089206,
                "CS",
                "1",
                "1",
                name="Volumetric Properties",
                enumerated=((0, ("DISTORTED",)),),
            ),
            None,
        ),
        (
            "PixelPresentation",
            Attribute(
                0x00089205,
                "CS",
                "1",
                "1",
                name="Pixel Presentation",
                enumerated=((0, ("COLOR", "COLOR_REF", "MONOCHROME")),),
            ),
            None,
        ),
        (
            "SamplesPerPixel",
            Attribute(
                0x00280002, "US", "1", "1", name="Samples Per Pixel", enumerated=((0, ("1",)),)
            ),
            None,
        ),
        (
            "AcquisitionDateTime",
            Attribute(0x0008002A, "DT", "1", "1", name="Acquisition DateTime"),
            None,
        ),
        (
            "AcquisitionDuration",
            Attribute(
                0x00189073,
                "FD",
                "1",
                "1C",
                name="Acquisition Duration",
                when=("value", 0x00080008, 1, "in", ("ORIGINAL",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "AcquisitionNumber",
            Attribute(0x00200012, "IS", "1", "1", name="Acquisition Number"),
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
            "PixelRepresentation",
            Attribute(
                0x00280103, "US", "1", "1", name="Pixel Representation", enumerated=((0, ("0",)),)
            ),
            None,
        ),
        ("BitsAllocated", Attribute(0x00280100, "US", "1", "1", name="Bits Allocated"), None),
        ("BitsStored", Attribute(0x00280101, "US", "1", "1", name="Bits Stored"), None),
        ("HighBit", Attribute(0x00280102, "US", "1", "1", name="High Bit"), None),
        (
            "PresentationLUTShape",
            Attribute(
                0x20500020,
                "CS",
                "1",
                "1C",
                name="Presentation LUT Shape",
                enumerated=((0, ("IDENTITY",)),),
                when=("value", 0x00080068, 0, "in", ("FOR PRESENTATION",)),
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
                when=("value", 0x00282110, 0, "in", ("01",)),
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
                when=("value", 0x00282110, 0, "in", ("01",)),
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
                enumerated=((0, ("NO",)),),
            ),
            None,
        ),
        (
            "ReferencedInstanceSequence",
            Attribute(0x0008114A, "SQ", "1", "3", name="Referenced Instance Sequence"),
            Lazy(
                "dicomodel.items.referenced_instance_sequence_item_rt_dose",
                "ReferencedInstanceSequenceItemRTDose",
            ),
        ),
        ("ImageComments", Attribute(0x00204000, "LT", "1", "3", name="Image Comments"), None),
        (
            "RecommendedDisplayFrameRate",
            Attribute(0x00082144, "IS", "1", "3", name="Recommended Display Frame Rate"),
            None,
        ),
        (
            "InterpolationType",
            Attribute(
                0x00520039,
                "CS",
                "1",
                "1C",
                name="Interpolation Type",
                when=("value", 0x00080068, 0, "in", ("FOR PRESENTATION",)),
            ),
            None,
        ),
        (
            "ReferencedColorPaletteInstanceUID",
            Attribute(
                0x00280304,
                "UI",
                "1",
                "1C",
                name="Referenced Color Palette Instance UID",
                when=("value", 0x00089205, 0, "in", ("COLOR_REF",)),
            ),
            None,
        ),
    ),
)
