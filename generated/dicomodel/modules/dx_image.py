"""DX Image Module Attributes.

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
    from dicomodel.enums.calibration_image import CalibrationImageValue as _CalibrationImageValue
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompressionValue as _LossyImageCompressionValue,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationCRImageValue as _PhotometricInterpretationCRImageValue,
    )
    from dicomodel.enums.pixel_intensity_relationship import (
        PixelIntensityRelationshipValue as _PixelIntensityRelationshipValue,
    )
    from dicomodel.enums.presentation_lut_shape import (
        PresentationLUTShapeValue as _PresentationLUTShapeValue,
    )
    from dicomodel.enums.rescale_type import RescaleTypeValue as _RescaleTypeValue
    from dicomodel.items.voilut_sequence_item import VOILUTSequenceItem as _VOILUTSequenceItem
else:
    from dicomodel.lazy import Lazy

    _BurnedInAnnotationValue = Lazy(
        "dicomodel.enums.burned_in_annotation", "BurnedInAnnotationValue"
    )
    _CalibrationImageValue = Lazy("dicomodel.enums.calibration_image", "CalibrationImageValue")
    _LossyImageCompressionValue = Lazy(
        "dicomodel.enums.lossy_image_compression", "LossyImageCompressionValue"
    )
    _PhotometricInterpretationCRImageValue = Lazy(
        "dicomodel.enums.photometric_interpretation", "PhotometricInterpretationCRImageValue"
    )
    _PixelIntensityRelationshipValue = Lazy(
        "dicomodel.enums.pixel_intensity_relationship", "PixelIntensityRelationshipValue"
    )
    _PresentationLUTShapeValue = Lazy(
        "dicomodel.enums.presentation_lut_shape", "PresentationLUTShapeValue"
    )
    _RescaleTypeValue = Lazy("dicomodel.enums.rescale_type", "RescaleTypeValue")
    _VOILUTSequenceItem = Lazy("dicomodel.items.voilut_sequence_item", "VOILUTSequenceItem")

if TYPE_CHECKING:
    from dicomodel.enums.burned_in_annotation import BurnedInAnnotation as BurnedInAnnotation
    from dicomodel.enums.calibration_image import CalibrationImage as CalibrationImage
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompression as LossyImageCompression,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationCRImage as PhotometricInterpretation,
    )
    from dicomodel.enums.pixel_intensity_relationship import (
        PixelIntensityRelationship as PixelIntensityRelationship,
    )
    from dicomodel.enums.presentation_lut_shape import PresentationLUTShape as PresentationLUTShape
    from dicomodel.enums.rescale_type import RescaleType as RescaleType
    from dicomodel.items.voilut_sequence_item import VOILUTSequenceItem as VOILUTSequenceItem

__all__ = [
    "BurnedInAnnotation",
    "CalibrationImage",
    "DXImageModule",
    "LossyImageCompression",
    "PhotometricInterpretation",
    "PixelIntensityRelationship",
    "PresentationLUTShape",
    "RescaleType",
    "VOILUTSequenceItem",
]


class DXImageModule(DicomModel):
    """DX Image Module Attributes (PS3.3 Table C.8-70)."""

    dicom_name: ClassVar[str] = "DX Image"
    dicom_table: ClassVar[str] = "table_C.8-70"

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
    """Image Type (0008,0008): Type 1, VR CS, VM 2-n. Image identification characteristics. See Section C.8.11.3.1.1 for specialization."""

    SamplesPerPixel: Annotated[
        vr.US,
        Attribute(0x00280002, "US", "1", "1", name="Samples per Pixel", enumerated=((0, ("1",)),)),
    ]
    """Samples per Pixel (0028,0002): Type 1, VR US, VM 1. Number of samples in this image. Enumerated Values: 1"""

    PhotometricInterpretation: Annotated[
        _PhotometricInterpretationCRImageValue,
        Attribute(
            0x00280004,
            "CS",
            "1",
            "1",
            name="Photometric Interpretation",
            enumerated=((0, ("MONOCHROME1", "MONOCHROME2")),),
        ),
    ]
    """Photometric Interpretation (0028,0004): Type 1, VR CS, VM 1. Specifies the intended interpretation of the pixel data. Enumerated Values: MONOCHROME1 MONOCHROME2"""

    BitsAllocated: Annotated[
        vr.US,
        Attribute(
            0x00280100, "US", "1", "1", name="Bits Allocated", enumerated=((0, ("8", "16")),)
        ),
    ]
    """Bits Allocated (0028,0100): Type 1, VR US, VM 1. Number of bits allocated for each pixel sample. Enumerated Values: 8 16"""

    BitsStored: Annotated[
        vr.US,
        Attribute(
            0x00280101,
            "US",
            "1",
            "1",
            name="Bits Stored",
            enumerated=((0, ("6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16")),),
        ),
    ]
    """Bits Stored (0028,0101): Type 1, VR US, VM 1. Number of bits stored for each pixel sample. Enumerated Values: 6 7 8 9 10 11 12 13 14 15 16"""

    HighBit: Annotated[vr.US, Attribute(0x00280102, "US", "1", "1", name="High Bit")]
    """High Bit (0028,0102): Type 1, VR US, VM 1. Most significant bit for pixel sample data. Shall be one less than the value in Bit Stored (0028,0101)."""

    PixelRepresentation: Annotated[
        vr.US,
        Attribute(
            0x00280103, "US", "1", "1", name="Pixel Representation", enumerated=((0, ("0000H",)),)
        ),
    ]
    """Pixel Representation (0028,0103): Type 1, VR US, VM 1. Data representation of the pixel samples. Enumerated Values: 0000H Unsigned Integer"""

    PixelIntensityRelationship: Annotated[
        _PixelIntensityRelationshipValue,
        Attribute(
            0x00281040,
            "CS",
            "1",
            "1",
            name="Pixel Intensity Relationship",
            enumerated=((0, ("LIN", "LOG")),),
        ),
    ]
    """Pixel Intensity Relationship (0028,1040): Type 1, VR CS, VM 1. The relationship between the Pixel sample values and the X-Ray beam intensity. Enumerated Values: LIN Linearly proportional to X-Ray beam intensity LOG Logarithmically proportional to X-Ray beam intensity See Section C.8.11.3.1.2 for furthe..."""

    PixelIntensityRelationshipSign: Annotated[
        vr.SS,
        Attribute(
            0x00281041,
            "SS",
            "1",
            "1",
            name="Pixel Intensity Relationship Sign",
            enumerated=((0, ("+1", "-1")),),
        ),
    ]
    """Pixel Intensity Relationship Sign (0028,1041): Type 1, VR SS, VM 1. The sign of the relationship between the Pixel sample values stored in Pixel Data (7FE0,0010) and the X-Ray beam intensity."""

    RescaleIntercept: Annotated[
        vr.DS,
        Attribute(0x00281052, "DS", "1", "1", name="Rescale Intercept", enumerated=((0, ("0",)),)),
    ]
    """Rescale Intercept (0028,1052): Type 1, VR DS, VM 1. The value b in the relationship between stored values (SV) in Pixel Data (7FE0,0010) and the output units specified in Rescale Type (0028,1054). Output units = m*SV + b. Enumerated Values: 0 See Section C.8.11.3.1.2 for further explanation."""

    RescaleSlope: Annotated[
        vr.DS,
        Attribute(0x00281053, "DS", "1", "1", name="Rescale Slope", enumerated=((0, ("1",)),)),
    ]
    """Rescale Slope (0028,1053): Type 1, VR DS, VM 1. m in the equation specified by Rescale Intercept (0028,1052). Enumerated Values: 1 See Section C.8.11.3.1.2 for further explanation."""

    RescaleType: Annotated[
        _RescaleTypeValue,
        Attribute(0x00281054, "LO", "1", "1", name="Rescale Type", enumerated=((0, ("US",)),)),
    ]
    """Rescale Type (0028,1054): Type 1, VR LO, VM 1. Specifies the output units of Rescale Slope (0028,1053) and Rescale Intercept (0028,1052). Enumerated Values: US Unspecified See Section C.8.11.3.1.2 for further explanation."""

    PresentationLUTShape: Annotated[
        _PresentationLUTShapeValue,
        Attribute(
            0x20500020,
            "CS",
            "1",
            "1",
            name="Presentation LUT Shape",
            enumerated=((0, ("IDENTITY", "INVERSE")),),
        ),
    ]
    """Presentation LUT Shape (2050,0020): Type 1, VR CS, VM 1. Specifies an identity transformation for the Presentation LUT, other than to account for the value of Photometric Interpretation (0028,0004), such that the output of all grayscale transformations defined in the IOD containing this Module ar..."""

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

    DerivationDescription: Annotated[
        vr.ST | None, Attribute(0x00082111, "ST", "1", "3", name="Derivation Description")
    ] = None
    """Derivation Description (0008,2111): Type 3, VR ST, VM 1. A text description of how this image was derived. See Section C.8.11.3.1.4 for further explanation."""

    AcquisitionDeviceProcessingDescription: Annotated[
        vr.LO | None,
        Attribute(0x00181400, "LO", "1", "3", name="Acquisition Device Processing Description"),
    ] = None
    """Acquisition Device Processing Description (0018,1400): Type 3, VR LO, VM 1. Indicates any visual processing performed on the images prior to exchange. See Section C.8.11.3.1.3 for further explanation."""

    AcquisitionDeviceProcessingCode: Annotated[
        vr.LO | None,
        Attribute(0x00181401, "LO", "1", "3", name="Acquisition Device Processing Code"),
    ] = None
    """Acquisition Device Processing Code (0018,1401): Type 3, VR LO, VM 1. Code representing the device-specific processing associated with the image (e.g., Organ Filtering code) This Code is manufacturer specific but provides useful annotation information to the knowledgeable observer."""

    PatientOrientation: Annotated[
        list[vr.CS] | None,
        Attribute(
            0x00200020,
            "CS",
            "2",
            "1C",
            name="Patient Orientation",
            when=(
                "unknown",
                "condition not read: not understood: 'with an Item value other than ( 119376003 , SCT , tissue specimen ) or ( 127457009 , SCT , tissue specimen from breast )' (in 'Required if View Code Sequence (0054,0220) is not present or is present with an Item value other than ( 119376003 , SCT , tissue specimen ) or ( 127457009 , SCT , tissue specimen from breast )')",
            ),
            otherwise="may",
        ),
    ] = None
    """Patient Orientation (0020,0020): Type 1C, VR CS, VM 2. Required if View Code Sequence (0054,0220) is not present or is present with an Item value other than (119376003, SCT, \"tissue specimen\") or (127457009, SCT, \"tissue specimen from breast\"). May be present otherwise. Patient direction of the rows and columns of the image. See Section C.7.6.1.1.1 for further explanation. Required if View Code Sequence (0054,0220) is not present or is present with an Item value other than (119376003, SCT, \"tissue specimen..."""

    CalibrationImage: Annotated[
        _CalibrationImageValue | None,
        Attribute(
            0x00500004, "CS", "1", "3", name="Calibration Image", enumerated=((0, ("YES", "NO")),)
        ),
    ] = None
    """Calibration Image (0050,0004): Type 3, VR CS, VM 1. Indicates whether a reference object (phantom) of known size is present in the image and was used for calibration. Enumerated Values: YES NO Device is identified using the Device Module. See Section C.7.6.12 for further explanation."""

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
    """Burned In Annotation (0028,0301): Type 1, VR CS, VM 1. Indicates whether or not image contains sufficient burned in annotation to identify the patient and date the image was acquired. Enumerated Values: YES NO"""

    VOILUTSequence: Annotated[
        list[_VOILUTSequenceItem] | None,
        Attribute(
            0x00283010,
            "SQ",
            "1",
            "1C",
            name="VOI LUT Sequence",
            when=(
                "and",
                ("value", 0x00080068, 0, "in", ("FOR PRESENTATION",)),
                ("not", ("present", 0x00281050)),
            ),
        ),
    ] = None
    """VOI LUT Sequence (0028,3010): Type 1C, VR SQ, VM 1. Required if Presentation Intent Type (0008,0068) is FOR PRESENTATION and Window Center (0028,1050) is not present. May also be present if Window Center (0028,1050) is present. Defines a Sequence of VOI LUTs. See Section C.8.11.3.1.5 for further explanation. One or more Items shall be included in this Sequence."""

    WindowCenter: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00281050,
            "DS",
            "1-n",
            "1C",
            name="Window Center",
            when=(
                "and",
                ("value", 0x00080068, 0, "in", ("FOR PRESENTATION",)),
                ("not", ("present", 0x00283010)),
            ),
        ),
    ] = None
    """Window Center (0028,1050): Type 1C, VR DS, VM 1-n. Required if Presentation Intent Type (0008,0068) is FOR PRESENTATION and VOI LUT Sequence (0028,3010) is not present. May also be present if VOI LUT Sequence (0028,3010) is present. Defines a Window Center for display. See Section C.8.11.3.1.5 for further explanation. Required if Presentation Intent Type (0008,0068) is FOR PRESENTATION and VOI LUT Sequence (0028,3010) is not present."""

    WindowWidth: Annotated[
        list[vr.DS] | None,
        Attribute(0x00281051, "DS", "1-n", "1C", name="Window Width", when=("present", 0x00281050)),
    ] = None
    """Window Width (0028,1051): Type 1C, VR DS, VM 1-n. Required if Window Center (0028,1050) is present. Window Width for display. See Section C.8.11.3.1.5 for further explanation. Required if Window Center (0028,1050) is present."""

    WindowCenterWidthExplanation: Annotated[
        list[vr.LO] | None,
        Attribute(0x00281055, "LO", "1-n", "3", name="Window Center & Width Explanation"),
    ] = None
    """Window Center & Width Explanation (0028,1055): Type 3, VR LO, VM 1-n. Free form explanation of the meaning of the Window Center and Width. Multiple values correspond to multiple Window Center and Width values."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BurnedInAnnotation": ("dicomodel.enums.burned_in_annotation", "BurnedInAnnotation"),
    "CalibrationImage": ("dicomodel.enums.calibration_image", "CalibrationImage"),
    "LossyImageCompression": ("dicomodel.enums.lossy_image_compression", "LossyImageCompression"),
    "PhotometricInterpretation": (
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretationCRImage",
    ),
    "PixelIntensityRelationship": (
        "dicomodel.enums.pixel_intensity_relationship",
        "PixelIntensityRelationship",
    ),
    "PresentationLUTShape": ("dicomodel.enums.presentation_lut_shape", "PresentationLUTShape"),
    "RescaleType": ("dicomodel.enums.rescale_type", "RescaleType"),
    "VOILUTSequenceItem": ("dicomodel.items.voilut_sequence_item", "VOILUTSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
