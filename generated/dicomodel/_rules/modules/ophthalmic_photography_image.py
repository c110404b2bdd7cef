"""Presence rules of Ophthalmic Photography Image Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
OphthalmicPhotographyImageModule = (
    "table_C.8.17.2-1",
    (
        (
            "ImageType",
            Attribute(
                0x00080008,
                "CS",
                "2-n",
                "1",
                name="Image Type",
                enumerated=((1, ("ORIGINAL", "DERIVED")), (2, ("PRIMARY",))),
            ),
            None,
        ),
        ("InstanceNumber", Attribute(0x00200013, "IS", "1", "1", name="Instance Number"), None),
        (
            "SamplesPerPixel",
            Attribute(
                0x00280002, "US", "1", "1", name="Samples per Pixel", enumerated=((0, ("3", "1")),)
            ),
            None,
        ),
        (
            "SamplesPerPixelUsed",
            Attribute(
                0x00280003,
                "US",
                "1",
                "1C",
                name="Samples per Pixel Used",
                enumerated=((0, ("2",)),),
                when=(
                    "unknown",
                    "condition not read: not understood: 'different from Samples per Pixel (0028,0002)' (in 'Required if different from Samples per Pixel (0028,0002)')",
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
                            "YBR_ICT",
                            "YBR_RCT",
                        ),
                    ),
                ),
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
            "PixelSpacing",
            Attribute(
                0x00280030,
                "DS",
                "2",
                "1C",
                name="Pixel Spacing",
                when=(
                    "and",
                    (
                        "not",
                        (
                            "or",
                            ("present", 0x00221518),
                            ("and", ("present", 0x00221528), ("present", 0x00221529)),
                        ),
                    ),
                    ("code", 0x00220015, (("409898007", "SCT"),)),
                ),
                forbid=(
                    "or",
                    ("present", 0x00221518),
                    ("and", ("present", 0x00221528), ("present", 0x00221529)),
                ),
                otherwise="may",
            ),
            None,
        ),
        ("ContentTime", Attribute(0x00080033, "TM", "1", "1", name="Content Time"), None),
        ("ContentDate", Attribute(0x00080023, "DA", "1", "1", name="Content Date"), None),
        (
            "AcquisitionDateTime",
            Attribute(
                0x0008002A,
                "DT",
                "1",
                "1C",
                name="Acquisition DateTime",
                when=("value", 0x00080008, 1, "in", ("ORIGINAL",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "SourceImageSequence",
            Attribute(
                0x00082112,
                "SQ",
                "1",
                "2C",
                name="Source Image Sequence",
                when=("value", 0x00080008, 1, "in", ("DERIVED",)),
            ),
            Lazy(
                "dicomodel.items.referenced_instance_sequence_item_mr_spectroscopy",
                "ReferencedInstanceSequenceItemMRSpectroscopy",
            ),
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
            "CalibrationImage",
            Attribute(
                0x00500004,
                "CS",
                "1",
                "3",
                name="Calibration Image",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "BurnedInAnnotation",
            Attribute(
                0x00280301,
                "CS",
                "1",
                "1",
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
    ),
)
