"""Item class FramePixelDataPropertiesSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.geometrical_properties import (
        GeometricalPropertiesValue as _GeometricalPropertiesValue,
    )
    from dicomodel.enums.pixel_intensity_relationship import (
        PixelIntensityRelationshipTerm as _PixelIntensityRelationshipTerm,
    )
else:
    from dicomodel.lazy import Lazy

    _GeometricalPropertiesValue = Lazy(
        "dicomodel.enums.geometrical_properties", "GeometricalPropertiesValue"
    )
    _PixelIntensityRelationshipTerm = Lazy(
        "dicomodel.enums.pixel_intensity_relationship", "PixelIntensityRelationshipTerm"
    )

if TYPE_CHECKING:
    from dicomodel.enums.geometrical_properties import (
        GeometricalProperties as GeometricalProperties,
    )
    from dicomodel.enums.pixel_intensity_relationship import (
        PixelIntensityRelationshipTerm as PixelIntensityRelationshipTerm,
    )

__all__ = [
    "FramePixelDataPropertiesSequenceItem",
    "GeometricalProperties",
    "PixelIntensityRelationshipTerm",
]


class FramePixelDataPropertiesSequenceItem(DicomModel):
    """An item of Frame Pixel Data Properties Sequence (0028,9443), as first defined in X-Ray Frame Pixel Data Properties Macro Attributes (C.8.19.6-4)."""

    dicom_name: ClassVar[str] = "Frame Pixel Data Properties Sequence"
    dicom_table: ClassVar[str] = "table_C.8.19.6-4"

    FrameType: Annotated[
        list[vr.CS],
        Attribute(
            0x00089007,
            "CS",
            "4-5",
            "1",
            name="Frame Type",
            enumerated=((1, ("ORIGINAL", "DERIVED", "MIXED")), (2, ("PRIMARY",)), (4, ("NONE",))),
        ),
    ]
    """Frame Type (0008,9007): Type 1, VR CS, VM 4-5. Type of Frame. A multi-valued Attribute analogous to Image Type (0008,0008). Enumerated Values and Defined Terms are the same as those for the values of Image Type (0008,0008). See Section C.8.19.2.1.1."""

    PixelIntensityRelationship: Annotated[
        _PixelIntensityRelationshipTerm | vr.CS,
        Attribute(0x00281040, "CS", "1", "1", name="Pixel Intensity Relationship"),
    ]
    """Pixel Intensity Relationship (0028,1040): Type 1, VR CS, VM 1. The relationship between the Pixel and the X-Ray beam intensity. See Section C.8.19.6.4.1.1."""

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

    ImagerPixelSpacing: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00181164,
            "DS",
            "2",
            "1C",
            name="Imager Pixel Spacing",
            when=("value", 0x00080008, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Imager Pixel Spacing (0018,1164): Type 1C, VR DS, VM 2. Required if Image Type (0008,0008) Value 1 equals ORIGINAL. May be present otherwise. Physical distance measured at the receptor plane of the detector between the centers of each pixel specified by a numeric pair - row spacing value (delimiter) column spacing value in mm."""

    PixelDataAreaOriginRelativeToFOV: Annotated[
        list[vr.FL] | None,
        Attribute(0x00187036, "FL", "2", "3", name="Pixel Data Area Origin Relative To FOV"),
    ] = None
    """Pixel Data Area Origin Relative To FOV (0018,7036): Type 3, VR FL, VM 2. Offset of the TLHC of the image stored in Pixel Data (7FE0,0010) from the TLHC of the Field Of View Area after FOV rotation and Flip. It is measured in image stored pixels as a row offset followed by a column offset."""

    PixelDataAreaRotationAngleRelativeToFOV: Annotated[
        vr.FL | None,
        Attribute(
            0x00187038, "FL", "1", "3", name="Pixel Data Area Rotation Angle Relative To FOV"
        ),
    ] = None
    """Pixel Data Area Rotation Angle Relative To FOV (0018,7038): Type 3, VR FL, VM 1. Angle clockwise of the row direction of the image stored in Pixel Data (7FE0,0010) relative to the row direction of the Field Of View Area after FOV rotation and Flip. It is measured in degrees. See Section C.8.19.6.4.1.3."""

    GeometricalProperties: Annotated[
        _GeometricalPropertiesValue,
        Attribute(
            0x00289444,
            "CS",
            "1",
            "1",
            name="Geometrical Properties",
            enumerated=((0, ("UNIFORM", "NON_UNIFORM")),),
        ),
    ]
    """Geometrical Properties (0028,9444): Type 1, VR CS, VM 1. Geometrical characteristics of the pixel data to indicate whether pixel spacing is uniform for all pixels or not. Enumerated Values: UNIFORM NON_UNIFORM"""

    GeometricMaximumDistortion: Annotated[
        vr.FL | None,
        Attribute(
            0x00289445,
            "FL",
            "1",
            "2C",
            name="Geometric Maximum Distortion",
            when=("value", 0x00289444, 0, "in", ("NON_UNIFORM",)),
        ),
    ] = None
    """Geometric Maximum Distortion (0028,9445): Type 2C, VR FL, VM 1. Required if Geometrical Properties (0028,9444) equals NON_UNIFORM. The percentage of the maximum deviation of the pixel spacing values of images for which the geometric properties are non-uniform. This Attribute may be used to judge the result of measurements, 3D reconstructions, etc."""

    ImageProcessingApplied: Annotated[
        list[vr.CS], Attribute(0x00289446, "CS", "1-n", "1", name="Image Processing Applied")
    ]
    """Image Processing Applied (0028,9446): Type 1, VR CS, VM 1-n. The type or a combination of types of image processing applied to the pixel data before being stored. Defined Terms: DIGITAL_SUBTR HIGH_PASS_FILTER LOW_PASS_FILTER MULTI_BAND_FLTR FRAME_AVERAGING NONE"""


_EXPORTS: dict[str, tuple[str, str]] = {
    "GeometricalProperties": ("dicomodel.enums.geometrical_properties", "GeometricalProperties"),
    "PixelIntensityRelationshipTerm": (
        "dicomodel.enums.pixel_intensity_relationship",
        "PixelIntensityRelationshipTerm",
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
