"""Whole Slide Microscopy Image Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.burned_in_annotation import (
        BurnedInAnnotationValue as _BurnedInAnnotationValue,
    )
    from dicomodel.enums.extended_depth_of_field import (
        ExtendedDepthOfFieldValue as _ExtendedDepthOfFieldValue,
    )
    from dicomodel.enums.focus_method import FocusMethodValue as _FocusMethodValue
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompressionValue as _LossyImageCompressionValue,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationWholeSlideMicroscopyImageValue as _PhotometricInterpretationWholeSlideMicroscopyImageValue,
    )
    from dicomodel.enums.presentation_lut_shape import (
        PresentationLUTShapeSCMultiFrameImageValue as _PresentationLUTShapeSCMultiFrameImageValue,
    )
    from dicomodel.enums.specimen_label_in_image import (
        SpecimenLabelInImageValue as _SpecimenLabelInImageValue,
    )
    from dicomodel.enums.volumetric_properties import (
        VolumetricPropertiesWholeSlideMicroscopyImageValue as _VolumetricPropertiesWholeSlideMicroscopyImageValue,
    )
else:
    from dicomodel.lazy import Lazy

    _BurnedInAnnotationValue = Lazy(
        "dicomodel.enums.burned_in_annotation", "BurnedInAnnotationValue"
    )
    _ExtendedDepthOfFieldValue = Lazy(
        "dicomodel.enums.extended_depth_of_field", "ExtendedDepthOfFieldValue"
    )
    _FocusMethodValue = Lazy("dicomodel.enums.focus_method", "FocusMethodValue")
    _LossyImageCompressionValue = Lazy(
        "dicomodel.enums.lossy_image_compression", "LossyImageCompressionValue"
    )
    _PhotometricInterpretationWholeSlideMicroscopyImageValue = Lazy(
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretationWholeSlideMicroscopyImageValue",
    )
    _PresentationLUTShapeSCMultiFrameImageValue = Lazy(
        "dicomodel.enums.presentation_lut_shape", "PresentationLUTShapeSCMultiFrameImageValue"
    )
    _SpecimenLabelInImageValue = Lazy(
        "dicomodel.enums.specimen_label_in_image", "SpecimenLabelInImageValue"
    )
    _VolumetricPropertiesWholeSlideMicroscopyImageValue = Lazy(
        "dicomodel.enums.volumetric_properties",
        "VolumetricPropertiesWholeSlideMicroscopyImageValue",
    )

if TYPE_CHECKING:
    from dicomodel.enums.burned_in_annotation import BurnedInAnnotation as BurnedInAnnotation
    from dicomodel.enums.extended_depth_of_field import ExtendedDepthOfField as ExtendedDepthOfField
    from dicomodel.enums.focus_method import FocusMethod as FocusMethod
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompression as LossyImageCompression,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationWholeSlideMicroscopyImage as PhotometricInterpretation,
    )
    from dicomodel.enums.presentation_lut_shape import (
        PresentationLUTShapeSCMultiFrameImage as PresentationLUTShape,
    )
    from dicomodel.enums.specimen_label_in_image import SpecimenLabelInImage as SpecimenLabelInImage
    from dicomodel.enums.volumetric_properties import (
        VolumetricPropertiesWholeSlideMicroscopyImage as VolumetricProperties,
    )

__all__ = [
    "BurnedInAnnotation",
    "ExtendedDepthOfField",
    "FocusMethod",
    "LossyImageCompression",
    "PhotometricInterpretation",
    "PresentationLUTShape",
    "SpecimenLabelInImage",
    "VolumetricProperties",
    "WholeSlideMicroscopyImageModule",
]


class WholeSlideMicroscopyImageModule(DicomModel):
    """Whole Slide Microscopy Image Module Attributes (PS3.3 Table C.8.12.4-1)."""

    dicom_name: ClassVar[str] = "Whole Slide Microscopy Image"
    dicom_table: ClassVar[str] = "table_C.8.12.4-1"

    ImageType: Annotated[
        list[vr.CS],
        Attribute(
            0x00080008,
            "CS",
            "2-n",
            "1",
            name="Image Type",
            enumerated=((1, ("ORIGINAL", "DERIVED")), (2, ("PRIMARY",))),
        ),
    ]
    """Image Type (0008,0008): Type 1, VR CS, VM 2-n. Image identification characteristics. See Section C.8.12.4.1.1 for specialization."""

    ImagedVolumeWidth: Annotated[
        vr.FL | None,
        Attribute(
            0x00480001,
            "FL",
            "1",
            "1C",
            name="Imaged Volume Width",
            when=("value", 0x00080008, 3, "in", ("VOLUME",)),
            otherwise="may",
        ),
    ] = None
    """Imaged Volume Width (0048,0001): Type 1C, VR FL, VM 1. Required if Image Type (0008,0008) Value 3 is VOLUME. May be present otherwise. Width of total imaged volume (distance in the direction of rows in each frame) in mm. See Section C.8.12.4.1.2 Required if Image Type (0008,0008) Value 3 is VOLUME. May be present otherwise."""

    ImagedVolumeHeight: Annotated[
        vr.FL | None,
        Attribute(
            0x00480002,
            "FL",
            "1",
            "1C",
            name="Imaged Volume Height",
            when=("value", 0x00080008, 3, "in", ("VOLUME",)),
            otherwise="may",
        ),
    ] = None
    """Imaged Volume Height (0048,0002): Type 1C, VR FL, VM 1. Required if Image Type (0008,0008) Value 3 is VOLUME. May be present otherwise. Height of total imaged volume (distance in the direction of columns in each frame) in mm. See Section C.8.12.4.1.2 Required if Image Type (0008,0008) Value 3 is VOLUME. May be present otherwise."""

    ImagedVolumeDepth: Annotated[
        vr.FL | None,
        Attribute(
            0x00480003,
            "FL",
            "1",
            "1C",
            name="Imaged Volume Depth",
            when=("value", 0x00080008, 3, "in", ("VOLUME",)),
            otherwise="may",
        ),
    ] = None
    """Imaged Volume Depth (0048,0003): Type 1C, VR FL, VM 1. Required if Image Type (0008,0008) Value 3 is VOLUME. May be present otherwise. Depth of total imaged volume (distance in the Z direction of focal planes) in µm. See Section C.8.12.4.1.2 Required if Image Type (0008,0008) Value 3 is VOLUME. May be present otherwise."""

    SamplesPerPixel: Annotated[
        vr.US,
        Attribute(
            0x00280002, "US", "1", "1", name="Samples Per Pixel", enumerated=((0, ("3", "1")),)
        ),
    ]
    """Samples Per Pixel (0028,0002): Type 1, VR US, VM 1. Number of samples (color planes) per frame in this image. Enumerated Values: 3 1 See Section C.8.12.4.1.5 for further explanation."""

    PhotometricInterpretation: Annotated[
        _PhotometricInterpretationWholeSlideMicroscopyImageValue,
        Attribute(
            0x00280004,
            "CS",
            "1",
            "1",
            name="Photometric Interpretation",
            enumerated=((0, ("MONOCHROME2", "RGB", "YBR_FULL_422", "YBR_ICT", "YBR_RCT")),),
        ),
    ]
    """Photometric Interpretation (0028,0004): Type 1, VR CS, VM 1. Specifies the intended interpretation of the pixel data. See Section C.8.12.4.1.5 for Enumerated Values."""

    PlanarConfiguration: Annotated[
        vr.US | None,
        Attribute(
            0x00280006,
            "US",
            "1",
            "1C",
            name="Planar Configuration",
            enumerated=((0, ("0",)),),
            when=("compare", 0x00280002, 1, ">", 1),
        ),
    ] = None
    """Planar Configuration (0028,0006): Type 1C, VR US, VM 1. Required if Samples per Pixel (0028,0002) has a value greater than 1. Indicates whether the pixel data are encoded color-by-plane or color-by-pixel. Required if Samples per Pixel (0028,0002) has a value greater than 1. Enumerated Values: 0 color-by-pixel"""

    NumberOfFrames: Annotated[
        vr.IS,
        Attribute(0x00280008, "IS", "1", "1", name="Number of Frames", enumerated=((0, ("1",)),)),
    ]
    """Number of Frames (0028,0008): Type 1, VR IS, VM 1. Number of frames in a multi-frame image. Enumerated Values if Image Type (0008,0008) Value 3 is THUMBNAIL, LABEL or OVERVIEW: 1 This Enumerated Value of 1 previously applied to Image Type (0008,0008) Value 3 of LOCALIZER, which has been ret..."""

    BitsAllocated: Annotated[
        vr.US,
        Attribute(
            0x00280100, "US", "1", "1", name="Bits Allocated", enumerated=((0, ("8", "16")),)
        ),
    ]
    """Bits Allocated (0028,0100): Type 1, VR US, VM 1. Number of bits allocated for each pixel sample. Enumerated Values: 8 16"""

    BitsStored: Annotated[vr.US, Attribute(0x00280101, "US", "1", "1", name="Bits Stored")]
    """Bits Stored (0028,0101): Type 1, VR US, VM 1. Number of bits stored for each pixel sample. Shall be equal to Bits Allocated (0028,0100)."""

    HighBit: Annotated[vr.US, Attribute(0x00280102, "US", "1", "1", name="High Bit")]
    """High Bit (0028,0102): Type 1, VR US, VM 1. Most significant bit for pixel sample data. High Bit (0028,0102) shall be one less than Bits Stored (0028,0101)."""

    PixelRepresentation: Annotated[
        vr.US,
        Attribute(
            0x00280103, "US", "1", "1", name="Pixel Representation", enumerated=((0, ("0",)),)
        ),
    ]
    """Pixel Representation (0028,0103): Type 1, VR US, VM 1. Data representation of pixel samples. Enumerated Values: 0 unsigned integer"""

    AcquisitionDateTime: Annotated[
        vr.DT, Attribute(0x0008002A, "DT", "1", "1", name="Acquisition DateTime")
    ]
    """Acquisition DateTime (0008,002A): Type 1, VR DT, VM 1. The date and time that the acquisition of data that resulted in this image started."""

    AcquisitionDuration: Annotated[
        vr.FD | None, Attribute(0x00189073, "FD", "1", "3", name="Acquisition Duration")
    ] = None
    """Acquisition Duration (0018,9073): Type 3, VR FD, VM 1. Duration of the image acquisition in seconds."""

    LossyImageCompression: Annotated[
        _LossyImageCompressionValue,
        Attribute(
            0x00282110,
            "CS",
            "1",
            "1",
            name="Lossy Image Compression",
            enumerated=((0, ("00", "01")),),
        ),
    ]
    """Lossy Image Compression (0028,2110): Type 1, VR CS, VM 1. Specifies whether an Image has undergone lossy compression (at a point in its lifetime). Enumerated Values: 00 Image has not been subjected to lossy compression. 01 Image has been subjected to lossy compression."""

    LossyImageCompressionRatio: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00282112,
            "DS",
            "1-n",
            "1C",
            name="Lossy Image Compression Ratio",
            when=("value", 0x00282110, 0, "in", ("01",)),
        ),
    ] = None
    """Lossy Image Compression Ratio (0028,2112): Type 1C, VR DS, VM 1-n. Required if Lossy Image Compression (0028,2110) is \"01\". Describes the approximate lossy compression ratio(s) that have been applied to this image. See Section C.7.6.1.1.5.2. Required if Lossy Image Compression (0028,2110) is \"01\"."""

    LossyImageCompressionMethod: Annotated[
        list[vr.CS] | None,
        Attribute(
            0x00282114,
            "CS",
            "1-n",
            "1C",
            name="Lossy Image Compression Method",
            when=("value", 0x00282110, 0, "in", ("01",)),
        ),
    ] = None
    """Lossy Image Compression Method (0028,2114): Type 1C, VR CS, VM 1-n. Required if Lossy Image Compression (0028,2110) is \"01\". A label for the lossy compression method(s) that have been applied to this image. See Section C.7.6.1.1.5.1. Required if Lossy Image Compression (0028,2110) is \"01\"."""

    PresentationLUTShape: Annotated[
        _PresentationLUTShapeSCMultiFrameImageValue | None,
        Attribute(
            0x20500020,
            "CS",
            "1",
            "1C",
            name="Presentation LUT Shape",
            enumerated=((0, ("IDENTITY",)),),
            when=("value", 0x00280004, 0, "in", ("MONOCHROME2",)),
        ),
    ] = None
    """Presentation LUT Shape (2050,0020): Type 1C, VR CS, VM 1. Required if Photometric Interpretation (0028,0004) is MONOCHROME2. Specifies an identity transformation for the Presentation LUT, such that the output of all grayscale transformations defined in the IOD containing this Module are defined to be P-Values. Enumerated Values: IDENTITY output is in P-Values."""

    RescaleIntercept: Annotated[
        vr.DS | None,
        Attribute(
            0x00281052,
            "DS",
            "1",
            "1C",
            name="Rescale Intercept",
            enumerated=((0, ("0",)),),
            when=("value", 0x00280004, 0, "in", ("MONOCHROME2",)),
        ),
    ] = None
    """Rescale Intercept (0028,1052): Type 1C, VR DS, VM 1. Required if Photometric Interpretation (0028,0004) is MONOCHROME2. The value b in relationship between stored values (SV) and the output units. Output units = m*SV + b. Required if Photometric Interpretation (0028,0004) is MONOCHROME2. Enumerated Values: 0"""

    RescaleSlope: Annotated[
        vr.DS | None,
        Attribute(
            0x00281053,
            "DS",
            "1",
            "1C",
            name="Rescale Slope",
            enumerated=((0, ("1",)),),
            when=("value", 0x00280004, 0, "in", ("MONOCHROME2",)),
        ),
    ] = None
    """Rescale Slope (0028,1053): Type 1C, VR DS, VM 1. Required if Photometric Interpretation (0028,0004) is MONOCHROME2. m in the equation specified by Rescale Intercept (0028,1052). Required if Photometric Interpretation (0028,0004) is MONOCHROME2. Enumerated Values: 1"""

    VolumetricProperties: Annotated[
        _VolumetricPropertiesWholeSlideMicroscopyImageValue,
        Attribute(
            0x00089206, "CS", "1", "1", name="Volumetric Properties", enumerated=((0, ("VOLUME",)),)
        ),
    ]
    """Volumetric Properties (0008,9206): Type 1, VR CS, VM 1. Indication if geometric manipulations are possible with frames in the SOP Instance. See Section C.8.16.2.1.2. Enumerated Values: VOLUME pixels represent the volume specified for the image, and may be geometrically manipulated"""

    SpecimenLabelInImage: Annotated[
        _SpecimenLabelInImageValue,
        Attribute(
            0x00480010,
            "CS",
            "1",
            "1",
            name="Specimen Label in Image",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Specimen Label in Image (0048,0010): Type 1, VR CS, VM 1. Indicates whether the specimen label is captured in the image. Enumerated Values: YES NO Shall be YES if Image Type (0008,0008) Value 3 is OVERVIEW or LABEL. Shall be NO if Image Type (0008,0008) Value 3 is THUMBNAIL or VOLUME."""

    BurnedInAnnotation: Annotated[
        _BurnedInAnnotationValue,
        Attribute(
            0x00280301,
            "CS",
            "1",
            "1",
            name="Burned In Annotation",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Burned In Annotation (0028,0301): Type 1, VR CS, VM 1. Indicates whether or not image contains sufficient burned in annotation to identify the patient. Enumerated Values: YES NO If Specimen Label in Image (0048,0010) value is YES, Burned In Annotation (0028,0301) might be NO if the label includ..."""

    FocusMethod: Annotated[
        _FocusMethodValue,
        Attribute(
            0x00480011, "CS", "1", "1", name="Focus Method", enumerated=((0, ("AUTO", "MANUAL")),)
        ),
    ]
    """Focus Method (0048,0011): Type 1, VR CS, VM 1. Method of focusing image Enumerated Values: AUTO autofocus MANUAL includes any human adjustment or verification of autofocus"""

    ExtendedDepthOfField: Annotated[
        _ExtendedDepthOfFieldValue,
        Attribute(
            0x00480012,
            "CS",
            "1",
            "1",
            name="Extended Depth of Field",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Extended Depth of Field (0048,0012): Type 1, VR CS, VM 1. Image pixels were created through combining of image acquisition at multiple focal planes (focus stacking). Enumerated Values: YES NO"""

    NumberOfFocalPlanes: Annotated[
        vr.US | None,
        Attribute(
            0x00480013,
            "US",
            "1",
            "1C",
            name="Number of Focal Planes",
            when=("value", 0x00480012, 0, "in", ("YES",)),
        ),
    ] = None
    """Number of Focal Planes (0048,0013): Type 1C, VR US, VM 1. Required if Extended Depth of Field (0048,0012) value is YES Number of acquisition focal planes used for extended depth of field. Required if Extended Depth of Field (0048,0012) value is YES Total Pixel Matrix Focal Planes (0048,0303) describes the number of focal planes separately encoded, and is di..."""

    DistanceBetweenFocalPlanes: Annotated[
        vr.FL | None,
        Attribute(
            0x00480014,
            "FL",
            "1",
            "1C",
            name="Distance Between Focal Planes",
            when=("value", 0x00480012, 0, "in", ("YES",)),
        ),
    ] = None
    """Distance Between Focal Planes (0048,0014): Type 1C, VR FL, VM 1. Required if Extended Depth of Field (0048,0012) value is YES. Distance between acquisition focal planes used for extended depth of field, in µm. Required if Extended Depth of Field (0048,0012) value is YES."""

    AcquisitionDeviceProcessingDescription: Annotated[
        vr.LO | None,
        Attribute(0x00181400, "LO", "1", "3", name="Acquisition Device Processing Description"),
    ] = None
    """Acquisition Device Processing Description (0018,1400): Type 3, VR LO, VM 1. Description of visual processing performed on the image prior to exchange. Examples of this processing are: edge enhanced, gamma corrected, convolved (spatially filtered)."""

    ConvolutionKernel: Annotated[
        list[vr.SH] | None, Attribute(0x00181210, "SH", "1-n", "3", name="Convolution Kernel")
    ] = None
    """Convolution Kernel (0018,1210): Type 3, VR SH, VM 1-n. Label for convolution kernel used in acquisition device visual processing."""

    RecommendedAbsentPixelCIELabValue: Annotated[
        list[vr.US] | None,
        Attribute(0x00480015, "US", "3", "3", name="Recommended Absent Pixel CIELab Value"),
    ] = None
    """Recommended Absent Pixel CIELab Value (0048,0015): Type 3, VR US, VM 3. A color value with which it is recommended to display the pixels of the Total Pixel Matrix that are not encoded. The units are specified in PCS-Values, and the value is encoded as CIELab. See Section C.10.7.1.1."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BurnedInAnnotation": ("dicomodel.enums.burned_in_annotation", "BurnedInAnnotation"),
    "ExtendedDepthOfField": ("dicomodel.enums.extended_depth_of_field", "ExtendedDepthOfField"),
    "FocusMethod": ("dicomodel.enums.focus_method", "FocusMethod"),
    "LossyImageCompression": ("dicomodel.enums.lossy_image_compression", "LossyImageCompression"),
    "PhotometricInterpretation": (
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretationWholeSlideMicroscopyImage",
    ),
    "PresentationLUTShape": (
        "dicomodel.enums.presentation_lut_shape",
        "PresentationLUTShapeSCMultiFrameImage",
    ),
    "SpecimenLabelInImage": ("dicomodel.enums.specimen_label_in_image", "SpecimenLabelInImage"),
    "VolumetricProperties": (
        "dicomodel.enums.volumetric_properties",
        "VolumetricPropertiesWholeSlideMicroscopyImage",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
