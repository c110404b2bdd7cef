"""SC Multi-frame Image Module Attributes.

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
    from dicomodel.enums.digitizing_device_transport_direction import (
        DigitizingDeviceTransportDirectionValue as _DigitizingDeviceTransportDirectionValue,
    )
    from dicomodel.enums.pixel_spacing_calibration_type import (
        PixelSpacingCalibrationTypeValue as _PixelSpacingCalibrationTypeValue,
    )
    from dicomodel.enums.presentation_lut_shape import (
        PresentationLUTShapeSCMultiFrameImageValue as _PresentationLUTShapeSCMultiFrameImageValue,
    )
    from dicomodel.enums.recognizable_visual_features import (
        RecognizableVisualFeaturesValue as _RecognizableVisualFeaturesValue,
    )
    from dicomodel.enums.rescale_type import (
        RescaleTypeTermSCMultiFrameImage as _RescaleTypeTermSCMultiFrameImage,
    )
else:
    from dicomodel.lazy import Lazy

    _BurnedInAnnotationValue = Lazy(
        "dicomodel.enums.burned_in_annotation", "BurnedInAnnotationValue"
    )
    _DigitizingDeviceTransportDirectionValue = Lazy(
        "dicomodel.enums.digitizing_device_transport_direction",
        "DigitizingDeviceTransportDirectionValue",
    )
    _PixelSpacingCalibrationTypeValue = Lazy(
        "dicomodel.enums.pixel_spacing_calibration_type", "PixelSpacingCalibrationTypeValue"
    )
    _PresentationLUTShapeSCMultiFrameImageValue = Lazy(
        "dicomodel.enums.presentation_lut_shape", "PresentationLUTShapeSCMultiFrameImageValue"
    )
    _RecognizableVisualFeaturesValue = Lazy(
        "dicomodel.enums.recognizable_visual_features", "RecognizableVisualFeaturesValue"
    )
    _RescaleTypeTermSCMultiFrameImage = Lazy(
        "dicomodel.enums.rescale_type", "RescaleTypeTermSCMultiFrameImage"
    )

if TYPE_CHECKING:
    from dicomodel.enums.burned_in_annotation import BurnedInAnnotation as BurnedInAnnotation
    from dicomodel.enums.digitizing_device_transport_direction import (
        DigitizingDeviceTransportDirection as DigitizingDeviceTransportDirection,
    )
    from dicomodel.enums.pixel_spacing_calibration_type import (
        PixelSpacingCalibrationType as PixelSpacingCalibrationType,
    )
    from dicomodel.enums.presentation_lut_shape import (
        PresentationLUTShapeSCMultiFrameImage as PresentationLUTShape,
    )
    from dicomodel.enums.recognizable_visual_features import (
        RecognizableVisualFeatures as RecognizableVisualFeatures,
    )
    from dicomodel.enums.rescale_type import RescaleTypeTermSCMultiFrameImage as RescaleTypeTerm

__all__ = [
    "BurnedInAnnotation",
    "DigitizingDeviceTransportDirection",
    "PixelSpacingCalibrationType",
    "PresentationLUTShape",
    "RecognizableVisualFeatures",
    "RescaleTypeTerm",
    "SCMultiFrameImageModule",
]


class SCMultiFrameImageModule(DicomModel):
    """SC Multi-frame Image Module Attributes (PS3.3 Table C.8-25b)."""

    dicom_name: ClassVar[str] = "SC Multi-frame Image"
    dicom_table: ClassVar[str] = "table_C.8-25b"

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

    PresentationLUTShape: Annotated[
        _PresentationLUTShapeSCMultiFrameImageValue | None,
        Attribute(
            0x20500020,
            "CS",
            "1",
            "1C",
            name="Presentation LUT Shape",
            enumerated=((0, ("IDENTITY",)),),
            when=(
                "and",
                ("value", 0x00280004, 0, "in", ("MONOCHROME2",)),
                ("compare", 0x00280101, 1, ">", 1),
            ),
        ),
    ] = None
    """Presentation LUT Shape (2050,0020): Type 1C, VR CS, VM 1. Required if Photometric Interpretation (0028,0004) is MONOCHROME2, and Bits Stored (0028,0101) is greater than 1. Specifies an identity transformation for the Presentation LUT, such that the output of all grayscale transformations defined in the IOD containing this Module are defined to be P-Values. Enumerated Values: IDENTITY Output is in P-Values."""

    Illumination: Annotated[
        vr.US | None, Attribute(0x2010015E, "US", "1", "3", name="Illumination")
    ] = None
    """Illumination (2010,015E): Type 3, VR US, VM 1. Luminance of a hypothetical viewing device illuminating a piece of monochrome transmissive film, or for the case of reflective media, luminance obtainable from diffuse reflection of the illumination present."""

    ReflectedAmbientLight: Annotated[
        vr.US | None, Attribute(0x20100160, "US", "1", "3", name="Reflected Ambient Light")
    ] = None
    """Reflected Ambient Light (2010,0160): Type 3, VR US, VM 1. For scanned monochrome transmissive film viewed on a hypothetical viewing device, the luminance contribution due to reflected ambient light. Expressed as La, in candelas per square meter (cd/m2)."""

    RescaleIntercept: Annotated[
        vr.DS | None,
        Attribute(
            0x00281052,
            "DS",
            "1",
            "1C",
            name="Rescale Intercept",
            when=(
                "and",
                ("value", 0x00280004, 0, "in", ("MONOCHROME2",)),
                ("compare", 0x00280101, 1, ">", 1),
            ),
        ),
    ] = None
    """Rescale Intercept (0028,1052): Type 1C, VR DS, VM 1. Required if Photometric Interpretation (0028,0004) is MONOCHROME2, and Bits Stored (0028,0101) is greater than 1. The value b in the relationship between stored values (SV) in Pixel Data (7FE0,0010) and the output units specified in Rescale Type (0028,1054). Output units = m*SV + b."""

    RescaleSlope: Annotated[
        vr.DS | None,
        Attribute(
            0x00281053,
            "DS",
            "1",
            "1C",
            name="Rescale Slope",
            when=(
                "and",
                ("value", 0x00280004, 0, "in", ("MONOCHROME2",)),
                ("compare", 0x00280101, 1, ">", 1),
            ),
        ),
    ] = None
    """Rescale Slope (0028,1053): Type 1C, VR DS, VM 1. Required if Photometric Interpretation (0028,0004) is MONOCHROME2, and Bits Stored (0028,0101) is greater than 1. m in the equation specified by Rescale Intercept (0028,1052). Required if Photometric Interpretation (0028,0004) is MONOCHROME2, and Bits Stored (0028,0101) is greater than 1. This specifies an identity Modality LUT transformation."""

    RescaleType: Annotated[
        _RescaleTypeTermSCMultiFrameImage | vr.LO | None,
        Attribute(
            0x00281054,
            "LO",
            "1",
            "1C",
            name="Rescale Type",
            when=(
                "and",
                ("value", 0x00280004, 0, "in", ("MONOCHROME2",)),
                ("compare", 0x00280101, 1, ">", 1),
            ),
        ),
    ] = None
    """Rescale Type (0028,1054): Type 1C, VR LO, VM 1. Required if Photometric Interpretation (0028,0004) is MONOCHROME2, and Bits Stored (0028,0101) is greater than 1. Specifies the output units of Rescale Slope (0028,1053) and Rescale Intercept (0028,1052). Defined Terms: US Unspecified Required if Photometric Interpretation (0028,0004) is MONOCHROME2, and Bits Stored (0028,0101) is greater than 1."""

    FrameIncrementPointer: Annotated[
        list[vr.AT] | None,
        Attribute(
            0x00280009,
            "AT",
            "1-n",
            "1C",
            name="Frame Increment Pointer",
            when=("compare", 0x00280008, 1, ">", 1),
        ),
    ] = None
    """Frame Increment Pointer (0028,0009): Type 1C, VR AT, VM 1-n. Shall be present if Number of Frames is greater than 1, overriding (specializing) the Type 1 requirement on this Attribute in the Multi-frame Module. Contains the Data Element Tag of the Attribute that is used as the frame increment in Multi-frame pixel data. See Section C.7.6.6.1.2 for further explanation."""

    NominalScannedPixelSpacing: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00182010,
            "DS",
            "2",
            "1C",
            name="Nominal Scanned Pixel Spacing",
            when=("value", 0x00080064, 0, "in", ("DF",)),
        ),
    ] = None
    """Nominal Scanned Pixel Spacing (0018,2010): Type 1C, VR DS, VM 2. Required if Conversion Type (0008,0064) is DF (Digitized Film). May also be present if Conversion Type (0008,0064) is SD (Scanned Document) or SI (Scanned Image). Physical distance on the media being digitized or scanned between the center of each pixel, specified by a numeric pair - adjacent row spacing (delimiter) adjacent column spacing in mm."""

    PixelSpacing: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00280030,
            "DS",
            "2",
            "1C",
            name="Pixel Spacing",
            when=("unknown", "names no attribute: the image has been calibrated"),
            otherwise="may",
        ),
    ] = None
    """Pixel Spacing (0028,0030): Type 1C, VR DS, VM 2. Required if the image has been calibrated. May be present otherwise. Physical distance in the Patient between the center of each pixel, specified by a numeric pair - adjacent row spacing (delimiter) adjacent column spacing in mm. See Section 10.7.1.1 and Section 10.7.1.3."""

    PixelSpacingCalibrationType: Annotated[
        _PixelSpacingCalibrationTypeValue | None,
        Attribute(
            0x00280A02,
            "CS",
            "1",
            "3",
            name="Pixel Spacing Calibration Type",
            enumerated=((0, ("GEOMETRY", "FIDUCIAL")),),
        ),
    ] = None
    """Pixel Spacing Calibration Type (0028,0A02): Type 3, VR CS, VM 1. The type of correction for the effect of geometric magnification or calibration against an object of known size, if any. See Section 10.7.1.2."""

    PixelSpacingCalibrationDescription: Annotated[
        vr.LO | None,
        Attribute(
            0x00280A04,
            "LO",
            "1",
            "1C",
            name="Pixel Spacing Calibration Description",
            when=("present", 0x00280A02),
        ),
    ] = None
    """Pixel Spacing Calibration Description (0028,0A04): Type 1C, VR LO, VM 1. Required if Pixel Spacing Calibration Type (0028,0A02) is present. A free text description of the type of correction or calibration performed. In the case of correction, the text might include description of the assumptions made about the body part and geometry and depth within the Patient."""

    DigitizingDeviceTransportDirection: Annotated[
        _DigitizingDeviceTransportDirectionValue | None,
        Attribute(
            0x00182020,
            "CS",
            "1",
            "3",
            name="Digitizing Device Transport Direction",
            enumerated=((0, ("ROW", "COLUMN")),),
        ),
    ] = None
    """Digitizing Device Transport Direction (0018,2020): Type 3, VR CS, VM 1. Enumerated Values: ROW COLUMN"""

    RotationOfScannedFilm: Annotated[
        vr.DS | None, Attribute(0x00182030, "DS", "1", "3", name="Rotation of Scanned Film")
    ] = None
    """Rotation of Scanned Film (0018,2030): Type 3, VR DS, VM 1. Angle of the edge of the film relative to the transport direction in degrees greater than or equal to -45 and less than or equal to +45."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BurnedInAnnotation": ("dicomodel.enums.burned_in_annotation", "BurnedInAnnotation"),
    "DigitizingDeviceTransportDirection": (
        "dicomodel.enums.digitizing_device_transport_direction",
        "DigitizingDeviceTransportDirection",
    ),
    "PixelSpacingCalibrationType": (
        "dicomodel.enums.pixel_spacing_calibration_type",
        "PixelSpacingCalibrationType",
    ),
    "PresentationLUTShape": (
        "dicomodel.enums.presentation_lut_shape",
        "PresentationLUTShapeSCMultiFrameImage",
    ),
    "RecognizableVisualFeatures": (
        "dicomodel.enums.recognizable_visual_features",
        "RecognizableVisualFeatures",
    ),
    "RescaleTypeTerm": ("dicomodel.enums.rescale_type", "RescaleTypeTermSCMultiFrameImage"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
