"""Enumerated Values and Defined Terms of Volumetric Properties.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "VolumetricProperties",
    "VolumetricPropertiesIntravascularOCTImage",
    "VolumetricPropertiesIntravascularOCTImageValue",
    "VolumetricPropertiesValue",
    "VolumetricPropertiesWholeSlideMicroscopyImage",
    "VolumetricPropertiesWholeSlideMicroscopyImageValue",
]


class VolumetricProperties(StrEnum):
    """Enumerated Values of Volumetric Properties (0008,9206) in MR Image Frame Type Macro Attributes (C.8-88)."""

    VOLUME = "VOLUME"
    """Image contains pixels that represent the volume specified for the image (Examples: Volume Based Calculation Technique (0008,9207) is NONE or MPR)."""
    SAMPLED = "SAMPLED"
    """The specified frame or each frame within the image will not contain a representation of the average information in the slice direction because the frame was calculated by the non-linear re-sampling of a volume where each pixels of the resulting frame does not contain an average representation of the voxel represented by the frame's pixel. For example a projection (MAX_IP) frame uses the maximum value along a ray for each pixel rather than the average value of the represented voxel."""
    DISTORTED = "DISTORTED"
    """Image contains significantly distorted information from what is specified by the image volume Attributes. For example this image should not be used in planning or for 3D volume. An example of this image type is a curved reformatted image (CURVED_MPR)."""
    MIXED = "MIXED"
    """Used only as a value in Volumetric Properties (0008,9206) in the Enhanced MR Image Module Attribute Description or Enhanced CT Image Module if frames within the image SOP Instance contain different values for Volumetric Properties (0008,9206) in the MR Image Frame Type Functional Group or CT Frame Type Functional Group."""


if TYPE_CHECKING:
    VolumetricPropertiesValue: TypeAlias = (
        VolumetricProperties | Literal["VOLUME", "SAMPLED", "DISTORTED", "MIXED"]
    )
else:
    VolumetricPropertiesValue = VolumetricProperties
"""A value of VolumetricProperties: the enum or the string of one of its members."""


class VolumetricPropertiesWholeSlideMicroscopyImage(StrEnum):
    """Enumerated Values of Volumetric Properties (0008,9206) in Whole Slide Microscopy Image Module Attributes (C.8.12.4-1)."""

    VOLUME = "VOLUME"
    """pixels represent the volume specified for the image, and may be geometrically manipulated"""


if TYPE_CHECKING:
    VolumetricPropertiesWholeSlideMicroscopyImageValue: TypeAlias = (
        VolumetricPropertiesWholeSlideMicroscopyImage | Literal["VOLUME"]
    )
else:
    VolumetricPropertiesWholeSlideMicroscopyImageValue = (
        VolumetricPropertiesWholeSlideMicroscopyImage
    )
"""A value of VolumetricPropertiesWholeSlideMicroscopyImage: the enum or the string of one of its members."""


class VolumetricPropertiesIntravascularOCTImage(StrEnum):
    """Enumerated Values of Volumetric Properties (0008,9206) in Intravascular OCT Image Module Attributes (C.8.27.2-1)."""

    DISTORTED = "DISTORTED"
    """Frames do not represent the true geometry of the vessel."""


if TYPE_CHECKING:
    VolumetricPropertiesIntravascularOCTImageValue: TypeAlias = (
        VolumetricPropertiesIntravascularOCTImage | Literal["DISTORTED"]
    )
else:
    VolumetricPropertiesIntravascularOCTImageValue = VolumetricPropertiesIntravascularOCTImage
"""A value of VolumetricPropertiesIntravascularOCTImage: the enum or the string of one of its members."""
