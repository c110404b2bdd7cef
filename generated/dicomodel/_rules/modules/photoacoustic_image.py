"""Presence rules of Photoacoustic Image Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PhotoacousticImageModule = (
    "table_C.8.34.1-1",
    (
        ("ImageType", Attribute(0x00080008, "CS", "2-n", "1", name="Image Type"), None),
        (
            "DimensionOrganizationType",
            Attribute(0x00209311, "CS", "1", "1", name="Dimension Organization Type"),
            None,
        ),
        (
            "AcquisitionDateTime",
            Attribute(0x0008002A, "DT", "1", "1", name="Acquisition DateTime"),
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
                enumerated=((0, ("COLOR", "MONOCHROME", "MIXED", "TRUE_COLOR")),),
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
                enumerated=((0, ("VOLUME", "SAMPLED", "DISTORTED", "MIXED")),),
            ),
            None,
        ),
        (
            "VolumeBasedCalculationTechnique",
            Attribute(0x00089207, "CS", "1", "1", name="Volume Based Calculation Technique"),
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
            "PhotometricInterpretation",
            Attribute(0x00280004, "CS", "1", "1", name="Photometric Interpretation"),
            None,
        ),
        (
            "BitsAllocated",
            Attribute(
                0x00280100, "US", "1", "1", name="Bits Allocated", enumerated=((0, ("8", "16")),)
            ),
            None,
        ),
        (
            "BitsStored",
            Attribute(
                0x00280101, "US", "1", "1", name="Bits Stored", enumerated=((0, ("8", "16")),)
            ),
            None,
        ),
        ("HighBit", Attribute(0x00280102, "US", "1", "1", name="High Bit"), None),
        (
            "PixelRepresentation",
            Attribute(
                0x00280103, "US", "1", "1", name="Pixel Representation", enumerated=((0, ("0",)),)
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
            "PositionMeasuringDeviceUsed",
            Attribute(
                0x0018980C,
                "CS",
                "1",
                "1",
                name="Position Measuring Device Used",
                enumerated=((0, ("RIGID", "TRACKED", "FREEHAND")),),
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
            "PresentationLUTShape",
            Attribute(
                0x20500020,
                "CS",
                "1",
                "1C",
                name="Presentation LUT Shape",
                enumerated=((0, ("IDENTITY",)),),
                when=("value", 0x00280004, 0, "in", ("MONOCHROME2",)),
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
                "3",
                name="Recognizable Visual Features",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "IconImageSequence",
            Attribute(0x00880200, "SQ", "1", "3", name="Icon Image Sequence"),
            Lazy(
                "dicomodel.items.image_pixel_item_image_reference", "ImagePixelItemImageReference"
            ),
        ),
    ),
)
