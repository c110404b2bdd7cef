"""Presence rules of Whole Slide Microscopy Image Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
WholeSlideMicroscopyImageModule = (
    "table_C.8.12.4-1",
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
            "ImagedVolumeWidth",
            Attribute(
                0x00480001,
                "FL",
                "1",
                "1C",
                name="Imaged Volume Width",
                when=("value", 0x00080008, 3, "in", ("VOLUME",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "ImagedVolumeHeight",
            Attribute(
                0x00480002,
                "FL",
                "1",
                "1C",
                name="Imaged Volume Height",
                when=("value", 0x00080008, 3, "in", ("VOLUME",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "ImagedVolumeDepth",
            Attribute(
                0x00480003,
                "FL",
                "1",
                "1C",
                name="Imaged Volume Depth",
                when=("value", 0x00080008, 3, "in", ("VOLUME",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "SamplesPerPixel",
            Attribute(
                0x00280002, "US", "1", "1", name="Samples Per Pixel", enumerated=((0, ("3", "1")),)
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
                enumerated=((0, ("MONOCHROME2", "RGB", "YBR_FULL_422", "YBR_ICT", "YBR_RCT")),),
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
            "NumberOfFrames",
            Attribute(
                0x00280008, "IS", "1", "1", name="Number of Frames", enumerated=((0, ("1",)),)
            ),
            None,
        ),
        (
            "BitsAllocated",
            Attribute(
                0x00280100, "US", "1", "1", name="Bits Allocated", enumerated=((0, ("8", "16")),)
            ),
            None,
        ),
        ("BitsStored", Attribute(0x00280101, "US", "1", "1", name="Bits Stored"), None),
        ("HighBit", Attribute(0x00280102, "US", "1", "1", name="High Bit"), None),
        (
            "PixelRepresentation",
            Attribute(
                0x00280103, "US", "1", "1", name="Pixel Representation", enumerated=((0, ("0",)),)
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
            Attribute(0x00189073, "FD", "1", "3", name="Acquisition Duration"),
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
            "RescaleIntercept",
            Attribute(
                0x00281052,
                "DS",
                "1",
                "1C",
                name="Rescale Intercept",
                enumerated=((0, ("0",)),),
                when=("value", 0x00280004, 0, "in", ("MONOCHROME2",)),
            ),
            None,
        ),
        (
            "RescaleSlope",
            Attribute(
                0x00281053,
                "DS",
                "1",
                "1C",
                name="Rescale Slope",
                enumerated=((0, ("1",)),),
                when=("value", 0x00280004, 0, "in", ("MONOCHROME2",)),
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
                enumerated=((0, ("VOLUME",)),),
            ),
            None,
        ),
        (
            "SpecimenLabelInImage",
            Attribute(
                0x00480010,
                "CS",
                "1",
                "1",
                name="Specimen Label in Image",
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
            "FocusMethod",
            Attribute(
                0x00480011,
                "CS",
                "1",
                "1",
                name="Focus Method",
                enumerated=((0, ("AUTO", "MANUAL")),),
            ),
            None,
        ),
        (
            "ExtendedDepthOfField",
            Attribute(
                0x00480012,
                "CS",
                "1",
                "1",
                name="Extended Depth of Field",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "NumberOfFocalPlanes",
            Attribute(
                0x00480013,
                "US",
                "1",
                "1C",
                name="Number of Focal Planes",
                when=("value", 0x00480012, 0, "in", ("YES",)),
            ),
            None,
        ),
        (
            "DistanceBetweenFocalPlanes",
            Attribute(
                0x00480014,
                "FL",
                "1",
                "1C",
                name="Distance Between Focal Planes",
                when=("value", 0x00480012, 0, "in", ("YES",)),
            ),
            None,
        ),
        (
            "AcquisitionDeviceProcessingDescription",
            Attribute(0x00181400, "LO", "1", "3", name="Acquisition Device Processing Description"),
            None,
        ),
        (
            "ConvolutionKernel",
            Attribute(0x00181210, "SH", "1-n", "3", name="Convolution Kernel"),
            None,
        ),
        (
            "RecommendedAbsentPixelCIELabValue",
            Attribute(0x00480015, "US", "3", "3", name="Recommended Absent Pixel CIELab Value"),
            None,
        ),
    ),
)
