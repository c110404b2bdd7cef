"""Photoacoustic Image Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.burned_in_annotation import (
        BurnedInAnnotationEnhancedMRImageValue as _BurnedInAnnotationEnhancedMRImageValue,
    )
    from dicomodel.enums.dimension_organization_type import (
        DimensionOrganizationTypeTermPhotoacousticImage as _DimensionOrganizationTypeTermPhotoacousticImage,
    )
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompressionValue as _LossyImageCompressionValue,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationTerm as _PhotometricInterpretationTerm,
    )
    from dicomodel.enums.pixel_presentation import PixelPresentationValue as _PixelPresentationValue
    from dicomodel.enums.position_measuring_device_used import (
        PositionMeasuringDeviceUsedValue as _PositionMeasuringDeviceUsedValue,
    )
    from dicomodel.enums.presentation_lut_shape import (
        PresentationLUTShapeSCMultiFrameImageValue as _PresentationLUTShapeSCMultiFrameImageValue,
    )
    from dicomodel.enums.recognizable_visual_features import (
        RecognizableVisualFeaturesValue as _RecognizableVisualFeaturesValue,
    )
    from dicomodel.enums.volume_based_calculation_technique import (
        VolumeBasedCalculationTechniqueTerm as _VolumeBasedCalculationTechniqueTerm,
    )
    from dicomodel.enums.volumetric_properties import (
        VolumetricPropertiesValue as _VolumetricPropertiesValue,
    )
    from dicomodel.items.image_pixel_item_image_reference import (
        ImagePixelItemImageReference as _ImagePixelItemImageReference,
    )
else:
    from dicomodel.lazy import Lazy

    _BurnedInAnnotationEnhancedMRImageValue = Lazy(
        "dicomodel.enums.burned_in_annotation", "BurnedInAnnotationEnhancedMRImageValue"
    )
    _DimensionOrganizationTypeTermPhotoacousticImage = Lazy(
        "dicomodel.enums.dimension_organization_type",
        "DimensionOrganizationTypeTermPhotoacousticImage",
    )
    _ImagePixelItemImageReference = Lazy(
        "dicomodel.items.image_pixel_item_image_reference", "ImagePixelItemImageReference"
    )
    _LossyImageCompressionValue = Lazy(
        "dicomodel.enums.lossy_image_compression", "LossyImageCompressionValue"
    )
    _PhotometricInterpretationTerm = Lazy(
        "dicomodel.enums.photometric_interpretation", "PhotometricInterpretationTerm"
    )
    _PixelPresentationValue = Lazy("dicomodel.enums.pixel_presentation", "PixelPresentationValue")
    _PositionMeasuringDeviceUsedValue = Lazy(
        "dicomodel.enums.position_measuring_device_used", "PositionMeasuringDeviceUsedValue"
    )
    _PresentationLUTShapeSCMultiFrameImageValue = Lazy(
        "dicomodel.enums.presentation_lut_shape", "PresentationLUTShapeSCMultiFrameImageValue"
    )
    _RecognizableVisualFeaturesValue = Lazy(
        "dicomodel.enums.recognizable_visual_features", "RecognizableVisualFeaturesValue"
    )
    _VolumeBasedCalculationTechniqueTerm = Lazy(
        "dicomodel.enums.volume_based_calculation_technique", "VolumeBasedCalculationTechniqueTerm"
    )
    _VolumetricPropertiesValue = Lazy(
        "dicomodel.enums.volumetric_properties", "VolumetricPropertiesValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.burned_in_annotation import (
        BurnedInAnnotationEnhancedMRImage as BurnedInAnnotation,
    )
    from dicomodel.enums.color_space import ColorSpaceTerm as ColorSpaceTerm
    from dicomodel.enums.dimension_organization_type import (
        DimensionOrganizationTypeTermPhotoacousticImage as DimensionOrganizationTypeTerm,
    )
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompression as LossyImageCompression,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationTerm as PhotometricInterpretationTerm,
    )
    from dicomodel.enums.pixel_presentation import PixelPresentation as PixelPresentation
    from dicomodel.enums.position_measuring_device_used import (
        PositionMeasuringDeviceUsed as PositionMeasuringDeviceUsed,
    )
    from dicomodel.enums.presentation_lut_shape import (
        PresentationLUTShapeSCMultiFrameImage as PresentationLUTShape,
    )
    from dicomodel.enums.recognizable_visual_features import (
        RecognizableVisualFeatures as RecognizableVisualFeatures,
    )
    from dicomodel.enums.volume_based_calculation_technique import (
        VolumeBasedCalculationTechniqueTerm as VolumeBasedCalculationTechniqueTerm,
    )
    from dicomodel.enums.volumetric_properties import VolumetricProperties as VolumetricProperties
    from dicomodel.items.image_pixel_item_image_reference import (
        ImagePixelItemImageReference as IconImageSequenceItem,
    )

__all__ = [
    "BurnedInAnnotation",
    "ColorSpaceTerm",
    "DimensionOrganizationTypeTerm",
    "IconImageSequenceItem",
    "LossyImageCompression",
    "PhotoacousticImageModule",
    "PhotometricInterpretationTerm",
    "PixelPresentation",
    "PositionMeasuringDeviceUsed",
    "PresentationLUTShape",
    "RecognizableVisualFeatures",
    "VolumeBasedCalculationTechniqueTerm",
    "VolumetricProperties",
]


class PhotoacousticImageModule(DicomModel):
    """Photoacoustic Image Module Attributes (PS3.3 Table C.8.34.1-1)."""

    dicom_name: ClassVar[str] = "Photoacoustic Image"
    dicom_table: ClassVar[str] = "table_C.8.34.1-1"

    ImageType: Annotated[list[vr.CS], Attribute(0x00080008, "CS", "2-n", "1", name="Image Type")]
    """Image Type (0008,0008): Type 1, VR CS, VM 2-n. Image characteristics. See Section C.8.34.1.1 for specialization."""

    DimensionOrganizationType: Annotated[
        _DimensionOrganizationTypeTermPhotoacousticImage | vr.CS,
        Attribute(0x00209311, "CS", "1", "1", name="Dimension Organization Type"),
    ]
    """Dimension Organization Type (0020,9311): Type 1, VR CS, VM 1. Dimension organization of the Instance. Defined Terms: 3D Spatial Multi-frame image of equally spaced parallel planes (3D volume set). 3D_TEMPORAL Temporal loop of equally spaced parallel-plane 3D volume sets."""

    AcquisitionDateTime: Annotated[
        vr.DT, Attribute(0x0008002A, "DT", "1", "1", name="Acquisition DateTime")
    ]
    """Acquisition DateTime (0008,002A): Type 1, VR DT, VM 1. The date and time that the acquisition of data that resulted in this image started."""

    PixelPresentation: Annotated[
        _PixelPresentationValue,
        Attribute(
            0x00089205,
            "CS",
            "1",
            "1",
            name="Pixel Presentation",
            enumerated=((0, ("COLOR", "MONOCHROME", "MIXED", "TRUE_COLOR")),),
        ),
    ]
    """Pixel Presentation (0008,9205): Type 1, VR CS, VM 1. Indication of the presence or absence of color information that may be used during rendering. See Section C.8.16.2.1.1 for a description and Enumerated Values."""

    VolumetricProperties: Annotated[
        _VolumetricPropertiesValue,
        Attribute(
            0x00089206,
            "CS",
            "1",
            "1",
            name="Volumetric Properties",
            enumerated=((0, ("VOLUME", "SAMPLED", "DISTORTED", "MIXED")),),
        ),
    ]
    """Volumetric Properties (0008,9206): Type 1, VR CS, VM 1. Indication if geometric manipulations are possible with frames in the SOP Instance. See Section C.8.16.2.1.2 for a description and Enumerated Values."""

    VolumeBasedCalculationTechnique: Annotated[
        _VolumeBasedCalculationTechniqueTerm | vr.CS,
        Attribute(0x00089207, "CS", "1", "1", name="Volume Based Calculation Technique"),
    ]
    """Volume Based Calculation Technique (0008,9207): Type 1, VR CS, VM 1. Method used for volume calculations with frames in the SOP Instance. See Section C.8.16.2.1.3 for a description and Defined Terms."""

    SamplesPerPixel: Annotated[
        vr.US,
        Attribute(
            0x00280002, "US", "1", "1", name="Samples per Pixel", enumerated=((0, ("1", "3")),)
        ),
    ]
    """Samples per Pixel (0028,0002): Type 1, VR US, VM 1. Number of samples (planes) in this image. For Enumerated Values See Section C.8.34.1.3."""

    PhotometricInterpretation: Annotated[
        _PhotometricInterpretationTerm | vr.CS,
        Attribute(0x00280004, "CS", "1", "1", name="Photometric Interpretation"),
    ]
    """Photometric Interpretation (0028,0004): Type 1, VR CS, VM 1. Specifies the intended interpretation of the pixel data. Enumerated Values are specified in the IOD that invokes this Module. See Section C.7.6.3.1.2 for definition of this term."""

    BitsAllocated: Annotated[
        vr.US,
        Attribute(
            0x00280100, "US", "1", "1", name="Bits Allocated", enumerated=((0, ("8", "16")),)
        ),
    ]
    """Bits Allocated (0028,0100): Type 1, VR US, VM 1. Number of bits allocated for each pixel sample. Each sample shall have the same number of bits allocated. For Enumerated Values See Section C.8.34.1.3."""

    BitsStored: Annotated[
        vr.US,
        Attribute(0x00280101, "US", "1", "1", name="Bits Stored", enumerated=((0, ("8", "16")),)),
    ]
    """Bits Stored (0028,0101): Type 1, VR US, VM 1. Number of bits stored for each pixel sample. Each sample shall have the same number of bits stored. For Enumerated Values See Section C.8.34.1.3."""

    HighBit: Annotated[vr.US, Attribute(0x00280102, "US", "1", "1", name="High Bit")]
    """High Bit (0028,0102): Type 1, VR US, VM 1. Most significant bit for pixel sample data. Each sample shall have the same high bit. Shall be one less than the value in Bits Stored (0028,0101)."""

    PixelRepresentation: Annotated[
        vr.US,
        Attribute(
            0x00280103, "US", "1", "1", name="Pixel Representation", enumerated=((0, ("0",)),)
        ),
    ]
    """Pixel Representation (0028,0103): Type 1, VR US, VM 1. Data representation of the pixel samples. Each sample shall have the same pixel representation. For Enumerated Values see Section C.8.34.1.3."""

    PlanarConfiguration: Annotated[
        vr.US | None,
        Attribute(
            0x00280006,
            "US",
            "1",
            "1C",
            name="Planar Configuration",
            enumerated=((0, ("0", "1")),),
            when=("compare", 0x00280002, 1, ">", 1),
        ),
    ] = None
    """Planar Configuration (0028,0006): Type 1C, VR US, VM 1. Required if Samples per Pixel (0028,0002) has a value greater than 1. Indicates whether the pixel data are encoded color-by-plane or color-by-pixel. Required if Samples per Pixel (0028,0002) has a value greater than 1. See Section C.7.6.3.1.3 and Section C.8.34.1.3 for further explanation."""

    PositionMeasuringDeviceUsed: Annotated[
        _PositionMeasuringDeviceUsedValue,
        Attribute(
            0x0018980C,
            "CS",
            "1",
            "1",
            name="Position Measuring Device Used",
            enumerated=((0, ("RIGID", "TRACKED", "FREEHAND")),),
        ),
    ]
    """Position Measuring Device Used (0018,980C): Type 1, VR CS, VM 1. Describes the type of position measuring device used in the acquisition of the image. This gives an indication of the degree of precision of Pixel Spacing (0028,0030) and the spacing between adjacent planes."""

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

    BurnedInAnnotation: Annotated[
        _BurnedInAnnotationEnhancedMRImageValue,
        Attribute(
            0x00280301, "CS", "1", "1", name="Burned In Annotation", enumerated=((0, ("NO",)),)
        ),
    ]
    """Burned In Annotation (0028,0301): Type 1, VR CS, VM 1. Indicates whether or not image contains sufficient burned in annotation to identify the patient and date the image was acquired. Enumerated Values: NO"""

    RecognizableVisualFeatures: Annotated[
        _RecognizableVisualFeaturesValue | None,
        Attribute(
            0x00280302,
            "CS",
            "1",
            "3",
            name="Recognizable Visual Features",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Recognizable Visual Features (0028,0302): Type 3, VR CS, VM 1. Indicates whether or not the image contains sufficiently recognizable visual features to allow the image or a reconstruction from a set of images to identify the patient."""

    IconImageSequence: Annotated[
        list[_ImagePixelItemImageReference] | None,
        Attribute(0x00880200, "SQ", "1", "3", name="Icon Image Sequence"),
    ] = None
    """Icon Image Sequence (0088,0200): Type 3, VR SQ, VM 1. This icon image is representative of the image. Only a single Item is permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BurnedInAnnotation": (
        "dicomodel.enums.burned_in_annotation",
        "BurnedInAnnotationEnhancedMRImage",
    ),
    "ColorSpaceTerm": ("dicomodel.enums.color_space", "ColorSpaceTerm"),
    "DimensionOrganizationTypeTerm": (
        "dicomodel.enums.dimension_organization_type",
        "DimensionOrganizationTypeTermPhotoacousticImage",
    ),
    "IconImageSequenceItem": (
        "dicomodel.items.image_pixel_item_image_reference",
        "ImagePixelItemImageReference",
    ),
    "LossyImageCompression": ("dicomodel.enums.lossy_image_compression", "LossyImageCompression"),
    "PhotometricInterpretationTerm": (
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretationTerm",
    ),
    "PixelPresentation": ("dicomodel.enums.pixel_presentation", "PixelPresentation"),
    "PositionMeasuringDeviceUsed": (
        "dicomodel.enums.position_measuring_device_used",
        "PositionMeasuringDeviceUsed",
    ),
    "PresentationLUTShape": (
        "dicomodel.enums.presentation_lut_shape",
        "PresentationLUTShapeSCMultiFrameImage",
    ),
    "RecognizableVisualFeatures": (
        "dicomodel.enums.recognizable_visual_features",
        "RecognizableVisualFeatures",
    ),
    "VolumeBasedCalculationTechniqueTerm": (
        "dicomodel.enums.volume_based_calculation_technique",
        "VolumeBasedCalculationTechniqueTerm",
    ),
    "VolumetricProperties": ("dicomodel.enums.volumetric_properties", "VolumetricProperties"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
