"""Presence rules of Confocal Microscopy Image Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ConfocalMicroscopyImageModule = (
    "table_C.8.35.1-1",
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
            "ConfocalMode",
            Attribute(
                0x00480114,
                "CS",
                "1",
                "1",
                name="Confocal Mode",
                enumerated=((0, ("REFLECTANCE", "FLUORESCENCE")),),
            ),
            None,
        ),
        (
            "TissueLocation",
            Attribute(
                0x00480115,
                "CS",
                "1",
                "1",
                name="Tissue Location",
                enumerated=((0, ("INVIVO", "EXVIVO")),),
            ),
            None,
        ),
    ),
)
