"""Ophthalmic Tomography Image Module Attributes.

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
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompressionValue as _LossyImageCompressionValue,
    )
    from dicomodel.enums.ophthalmic_volumetric_properties_flag import (
        OphthalmicVolumetricPropertiesFlagValue as _OphthalmicVolumetricPropertiesFlagValue,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationValue as _PhotometricInterpretationValue,
    )
    from dicomodel.enums.presentation_lut_shape import (
        PresentationLUTShapeSCMultiFrameImageValue as _PresentationLUTShapeSCMultiFrameImageValue,
    )
    from dicomodel.enums.recognizable_visual_features import (
        RecognizableVisualFeaturesValue as _RecognizableVisualFeaturesValue,
    )
else:
    from dicomodel.lazy import Lazy

    _BurnedInAnnotationEnhancedMRImageValue = Lazy(
        "dicomodel.enums.burned_in_annotation", "BurnedInAnnotationEnhancedMRImageValue"
    )
    _LossyImageCompressionValue = Lazy(
        "dicomodel.enums.lossy_image_compression", "LossyImageCompressionValue"
    )
    _OphthalmicVolumetricPropertiesFlagValue = Lazy(
        "dicomodel.enums.ophthalmic_volumetric_properties_flag",
        "OphthalmicVolumetricPropertiesFlagValue",
    )
    _PhotometricInterpretationValue = Lazy(
        "dicomodel.enums.photometric_interpretation", "PhotometricInterpretationValue"
    )
    _PresentationLUTShapeSCMultiFrameImageValue = Lazy(
        "dicomodel.enums.presentation_lut_shape", "PresentationLUTShapeSCMultiFrameImageValue"
    )
    _RecognizableVisualFeaturesValue = Lazy(
        "dicomodel.enums.recognizable_visual_features", "RecognizableVisualFeaturesValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.burned_in_annotation import (
        BurnedInAnnotationEnhancedMRImage as BurnedInAnnotation,
    )
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompression as LossyImageCompression,
    )
    from dicomodel.enums.ophthalmic_volumetric_properties_flag import (
        OphthalmicVolumetricPropertiesFlag as OphthalmicVolumetricPropertiesFlag,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretation as PhotometricInterpretation,
    )
    from dicomodel.enums.presentation_lut_shape import (
        PresentationLUTShapeSCMultiFrameImage as PresentationLUTShape,
    )
    from dicomodel.enums.recognizable_visual_features import (
        RecognizableVisualFeatures as RecognizableVisualFeatures,
    )

__all__ = [
    "BurnedInAnnotation",
    "LossyImageCompression",
    "OphthalmicTomographyImageModule",
    "OphthalmicVolumetricPropertiesFlag",
    "PhotometricInterpretation",
    "PresentationLUTShape",
    "RecognizableVisualFeatures",
]


class OphthalmicTomographyImageModule(DicomModel):
    """Ophthalmic Tomography Image Module Attributes (PS3.3 Table C.8.17.7-1)."""

    dicom_name: ClassVar[str] = "Ophthalmic Tomography Image"
    dicom_table: ClassVar[str] = "table_C.8.17.7-1"

    OphthalmicVolumetricPropertiesFlag: Annotated[
        _OphthalmicVolumetricPropertiesFlagValue | None,
        Attribute(
            0x00221622,
            "CS",
            "1",
            "1C",
            name="Ophthalmic Volumetric Properties Flag",
            enumerated=((0, ("YES", "NO")),),
            when=(
                "unknown",
                "names no attribute: this SOP Instance is suitable for OCT volumetric processing",
            ),
            otherwise="may",
        ),
    ] = None
    """Ophthalmic Volumetric Properties Flag (0022,1622): Type 1C, VR CS, VM 1. Required if this SOP Instance is suitable for OCT volumetric processing. May be present otherwise. Whether this SOP Instance is suitable for OCT volumetric processing. Required if this SOP Instance is suitable for OCT volumetric processing. May be present otherwise. Enumerated Values: YES NO"""

    ImageType: Annotated[
        list[vr.CS],
        Attribute(
            0x00080008,
            "CS",
            "2-n",
            "1",
            name="Image Type",
            enumerated=((1, ("ORIGINAL", "DERIVED")), (2, ("PRIMARY", "SECONDARY"))),
        ),
    ]
    """Image Type (0008,0008): Type 1, VR CS, VM 2-n. Image identification characteristics. See Section C.7.6.1.1.2 for Enumerated Values and Defined Terms and further explanation."""

    SamplesPerPixel: Annotated[
        vr.US,
        Attribute(0x00280002, "US", "1", "1", name="Samples Per Pixel", enumerated=((0, ("1",)),)),
    ]
    """Samples Per Pixel (0028,0002): Type 1, VR US, VM 1. Number of samples (planes) in this image. See Section C.7.6.3.1.1 for further explanation. Enumerated Values: 1"""

    AcquisitionDateTime: Annotated[
        vr.DT, Attribute(0x0008002A, "DT", "1", "1", name="Acquisition DateTime")
    ]
    """Acquisition DateTime (0008,002A): Type 1, VR DT, VM 1. The date and time that the acquisition of data started. The synchronization of this time with an external clock is specified in the Synchronization Module in Acquisition Time Synchronized (0018,1800)."""

    AcquisitionDuration: Annotated[
        vr.FD | None,
        Attribute(
            0x00189073,
            "FD",
            "1",
            "1C",
            name="Acquisition Duration",
            when=("value", 0x00080008, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Acquisition Duration (0018,9073): Type 1C, VR FD, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL. May be present otherwise. The scan time in seconds used to create all frames of an Ophthalmic Tomography image. Required if Image Type (0008,0008) Value 1 is ORIGINAL. May be present otherwise."""

    AcquisitionNumber: Annotated[
        vr.IS, Attribute(0x00200012, "IS", "1", "1", name="Acquisition Number")
    ]
    """Acquisition Number (0020,0012): Type 1, VR IS, VM 1. A number identifying the single continuous gathering of data over a period of time that resulted in this image."""

    PhotometricInterpretation: Annotated[
        _PhotometricInterpretationValue,
        Attribute(
            0x00280004,
            "CS",
            "1",
            "1",
            name="Photometric Interpretation",
            enumerated=((0, ("MONOCHROME2",)),),
        ),
    ]
    """Photometric Interpretation (0028,0004): Type 1, VR CS, VM 1. Specifies the intended interpretation of the pixel data. Enumerated Values: MONOCHROME2"""

    PixelRepresentation: Annotated[
        vr.US,
        Attribute(
            0x00280103, "US", "1", "1", name="Pixel Representation", enumerated=((0, ("0",)),)
        ),
    ]
    """Pixel Representation (0028,0103): Type 1, VR US, VM 1. Data representation of pixel samples. Enumerated Values: 0"""

    BitsAllocated: Annotated[
        vr.US,
        Attribute(
            0x00280100, "US", "1", "1", name="Bits Allocated", enumerated=((0, ("8", "16")),)
        ),
    ]
    """Bits Allocated (0028,0100): Type 1, VR US, VM 1. Number of bits allocated for each pixel sample. Each sample shall have the same number of bits allocated. Enumerated Values: 8 16"""

    BitsStored: Annotated[
        vr.US,
        Attribute(
            0x00280101, "US", "1", "1", name="Bits Stored", enumerated=((0, ("8", "12", "16")),)
        ),
    ]
    """Bits Stored (0028,0101): Type 1, VR US, VM 1. Number of bits stored for each pixel sample. Each sample shall have the same number of bits stored. Enumerated Values: 8 12 16"""

    HighBit: Annotated[vr.US, Attribute(0x00280102, "US", "1", "1", name="High Bit")]
    """High Bit (0028,0102): Type 1, VR US, VM 1. Most significant bit for pixel sample data. Each sample shall have the same high bit. High Bit (0028,0102) shall be one less than Bits Stored."""

    PresentationLUTShape: Annotated[
        _PresentationLUTShapeSCMultiFrameImageValue,
        Attribute(
            0x20500020,
            "CS",
            "1",
            "1",
            name="Presentation LUT Shape",
            enumerated=((0, ("IDENTITY",)),),
        ),
    ]
    """Presentation LUT Shape (2050,0020): Type 1, VR CS, VM 1. Specifies an identity transformation for the Presentation LUT, such that the output of all grayscale transformations defined in the IOD containing this Module are defined to be P-Values. Enumerated Values: IDENTITY output is in P-Values."""

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

    ConcatenationFrameOffsetNumber: Annotated[
        vr.UL,
        Attribute(
            0x00209228,
            "UL",
            "1",
            "1",
            name="Concatenation Frame Offset Number",
            enumerated=((0, ("0",)),),
        ),
    ]
    """Concatenation Frame Offset Number (0020,9228): Type 1, VR UL, VM 1. Offset of the first frame in a multi-frame image of a concatenation. Enumerated Values: 0"""

    InConcatenationNumber: Annotated[
        vr.US,
        Attribute(
            0x00209162, "US", "1", "1", name="In-concatenation Number", enumerated=((0, ("1",)),)
        ),
    ]
    """In-concatenation Number (0020,9162): Type 1, VR US, VM 1. Identifier for one SOP Instance belonging to a concatenation. Enumerated Values: 1"""

    InConcatenationTotalNumber: Annotated[
        vr.US,
        Attribute(
            0x00209163,
            "US",
            "1",
            "1",
            name="In-concatenation Total Number",
            enumerated=((0, ("1",)),),
        ),
    ]
    """In-concatenation Total Number (0020,9163): Type 1, VR US, VM 1. The number of SOP Instances sharing the same Concatenation UID (0020,9161). See Section C.8.17.16.3 for further explanation. Enumerated Values: 1"""

    ImageComments: Annotated[
        vr.LT | None, Attribute(0x00204000, "LT", "1", "3", name="Image Comments")
    ] = None
    """Image Comments (0020,4000): Type 3, VR LT, VM 1. User-defined comments about the image."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BurnedInAnnotation": (
        "dicomodel.enums.burned_in_annotation",
        "BurnedInAnnotationEnhancedMRImage",
    ),
    "LossyImageCompression": ("dicomodel.enums.lossy_image_compression", "LossyImageCompression"),
    "OphthalmicVolumetricPropertiesFlag": (
        "dicomodel.enums.ophthalmic_volumetric_properties_flag",
        "OphthalmicVolumetricPropertiesFlag",
    ),
    "PhotometricInterpretation": (
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretation",
    ),
    "PresentationLUTShape": (
        "dicomodel.enums.presentation_lut_shape",
        "PresentationLUTShapeSCMultiFrameImage",
    ),
    "RecognizableVisualFeatures": (
        "dicomodel.enums.recognizable_visual_features",
        "RecognizableVisualFeatures",
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
