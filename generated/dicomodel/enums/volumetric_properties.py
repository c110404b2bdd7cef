"""Enumerated Values and Defined Terms of Volumetric Properties.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "VolumetricProperties",
    "VolumetricPropertiesIntravascularOCTImage",
    "VolumetricPropertiesIntravascularOCTImageValue",
    "VolumetricPropertiesValue",
    "VolumetricPropertiesWholeSlideMicroscopyImage",
    "VolumetricPropertiesWholeSlideMicroscopyImageValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import VolumetricProperties as VolumetricProperties
    from dicomodel.enums import (
        VolumetricPropertiesIntravascularOCTImage as VolumetricPropertiesIntravascularOCTImage,
    )
    from dicomodel.enums import (
        VolumetricPropertiesIntravascularOCTImageValue as VolumetricPropertiesIntravascularOCTImageValue,
    )
    from dicomodel.enums import VolumetricPropertiesValue as VolumetricPropertiesValue
    from dicomodel.enums import (
        VolumetricPropertiesWholeSlideMicroscopyImage as VolumetricPropertiesWholeSlideMicroscopyImage,
    )
    from dicomodel.enums import (
        VolumetricPropertiesWholeSlideMicroscopyImageValue as VolumetricPropertiesWholeSlideMicroscopyImageValue,
    )


@cache
def _VolumetricProperties() -> type[StrEnum]:
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

    VolumetricProperties.__qualname__ = "VolumetricProperties"
    return VolumetricProperties


@cache
def _VolumetricPropertiesWholeSlideMicroscopyImage() -> type[StrEnum]:
    class VolumetricPropertiesWholeSlideMicroscopyImage(StrEnum):
        """Enumerated Values of Volumetric Properties (0008,9206) in Whole Slide Microscopy Image Module Attributes (C.8.12.4-1)."""

        VOLUME = "VOLUME"
        """pixels represent the volume specified for the image, and may be geometrically manipulated"""

    VolumetricPropertiesWholeSlideMicroscopyImage.__qualname__ = (
        "VolumetricPropertiesWholeSlideMicroscopyImage"
    )
    return VolumetricPropertiesWholeSlideMicroscopyImage


@cache
def _VolumetricPropertiesIntravascularOCTImage() -> type[StrEnum]:
    class VolumetricPropertiesIntravascularOCTImage(StrEnum):
        """Enumerated Values of Volumetric Properties (0008,9206) in Intravascular OCT Image Module Attributes (C.8.27.2-1)."""

        DISTORTED = "DISTORTED"
        """Frames do not represent the true geometry of the vessel."""

    VolumetricPropertiesIntravascularOCTImage.__qualname__ = (
        "VolumetricPropertiesIntravascularOCTImage"
    )
    return VolumetricPropertiesIntravascularOCTImage


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "VolumetricProperties": _VolumetricProperties,
    "VolumetricPropertiesValue": _VolumetricProperties,
    "VolumetricPropertiesWholeSlideMicroscopyImage": _VolumetricPropertiesWholeSlideMicroscopyImage,
    "VolumetricPropertiesWholeSlideMicroscopyImageValue": _VolumetricPropertiesWholeSlideMicroscopyImage,
    "VolumetricPropertiesIntravascularOCTImage": _VolumetricPropertiesIntravascularOCTImage,
    "VolumetricPropertiesIntravascularOCTImageValue": _VolumetricPropertiesIntravascularOCTImage,
}


def __getattr__(name: str) -> Any:
    """An enum of this file, made on first use (issue 16)."""
    make = _MAKERS.get(name)
    if make is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = make()
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
