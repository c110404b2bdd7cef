"""Enumerated Values and Defined Terms of Rendering Method.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "RenderingMethod",
    "RenderingMethodValue",
    "RenderingMethodVolumeRenderGeometry",
    "RenderingMethodVolumeRenderGeometryValue",
]


class RenderingMethod(StrEnum):
    """Enumerated Values of Rendering Method (0070,120D) in Volumetric Presentation State Relationship Module Attributes (C.11.23-1)."""

    AVERAGE_IP = "AVERAGE_IP"
    """A method that projects the mean intensity of all interpolated samples that fall in the path of each ray traced from the viewpoint to the plane of projection."""
    MAXIMUM_IP = "MAXIMUM_IP"
    """A method that projects the interpolated sample with maximum intensity that fall in the path of each ray traced from the viewpoint to the plane of projection."""
    MINIMUM_IP = "MINIMUM_IP"
    """A method that projects the interpolated sample with minimum intensity that fall in the path of each ray traced from the viewpoint to the plane of projection."""


if TYPE_CHECKING:
    RenderingMethodValue: TypeAlias = (
        RenderingMethod | Literal["AVERAGE_IP", "MAXIMUM_IP", "MINIMUM_IP"]
    )
else:
    RenderingMethodValue = RenderingMethod
"""A value of RenderingMethod: the enum or the string of one of its members."""


class RenderingMethodVolumeRenderGeometry(StrEnum):
    """Enumerated Values of Rendering Method (0070,120D) in Volume Render Geometry Module Attributes (C.11.30-1)."""

    MAXIMUM_IP = "MAXIMUM_IP"
    """A method that projects the interpolated sample with maximum intensity that falls in the path of each ray traced from the viewpoint to the plane of projection."""
    MINIMUM_IP = "MINIMUM_IP"
    """A method that projects the interpolated sample with minimum intensity that falls in the path of each ray traced from the viewpoint to the plane of projection."""
    VOLUME_RENDERED = "VOLUME_RENDERED"
    """A method where each XY pixel of the rendered view is determined by accumulating the set of non-transparent voxel samples along a ray."""


if TYPE_CHECKING:
    RenderingMethodVolumeRenderGeometryValue: TypeAlias = (
        RenderingMethodVolumeRenderGeometry | Literal["MAXIMUM_IP", "MINIMUM_IP", "VOLUME_RENDERED"]
    )
else:
    RenderingMethodVolumeRenderGeometryValue = RenderingMethodVolumeRenderGeometry
"""A value of RenderingMethodVolumeRenderGeometry: the enum or the string of one of its members."""
