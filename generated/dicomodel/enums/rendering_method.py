"""Enumerated Values and Defined Terms of Rendering Method.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "RenderingMethod",
    "RenderingMethodValue",
    "RenderingMethodVolumeRenderGeometry",
    "RenderingMethodVolumeRenderGeometryValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import RenderingMethod as RenderingMethod
    from dicomodel.enums import RenderingMethodValue as RenderingMethodValue
    from dicomodel.enums import (
        RenderingMethodVolumeRenderGeometry as RenderingMethodVolumeRenderGeometry,
    )
    from dicomodel.enums import (
        RenderingMethodVolumeRenderGeometryValue as RenderingMethodVolumeRenderGeometryValue,
    )


@cache
def _RenderingMethod() -> type[StrEnum]:
    class RenderingMethod(StrEnum):
        """Enumerated Values of Rendering Method (0070,120D) in Volumetric Presentation State Relationship Module Attributes (C.11.23-1)."""

        AVERAGE_IP = "AVERAGE_IP"
        """A method that projects the mean intensity of all interpolated samples that fall in the path of each ray traced from the viewpoint to the plane of projection."""
        MAXIMUM_IP = "MAXIMUM_IP"
        """A method that projects the interpolated sample with maximum intensity that fall in the path of each ray traced from the viewpoint to the plane of projection."""
        MINIMUM_IP = "MINIMUM_IP"
        """A method that projects the interpolated sample with minimum intensity that fall in the path of each ray traced from the viewpoint to the plane of projection."""

    RenderingMethod.__qualname__ = "RenderingMethod"
    return RenderingMethod


@cache
def _RenderingMethodVolumeRenderGeometry() -> type[StrEnum]:
    class RenderingMethodVolumeRenderGeometry(StrEnum):
        """Enumerated Values of Rendering Method (0070,120D) in Volume Render Geometry Module Attributes (C.11.30-1)."""

        MAXIMUM_IP = "MAXIMUM_IP"
        """A method that projects the interpolated sample with maximum intensity that falls in the path of each ray traced from the viewpoint to the plane of projection."""
        MINIMUM_IP = "MINIMUM_IP"
        """A method that projects the interpolated sample with minimum intensity that falls in the path of each ray traced from the viewpoint to the plane of projection."""
        VOLUME_RENDERED = "VOLUME_RENDERED"
        """A method where each XY pixel of the rendered view is determined by accumulating the set of non-transparent voxel samples along a ray."""

    RenderingMethodVolumeRenderGeometry.__qualname__ = "RenderingMethodVolumeRenderGeometry"
    return RenderingMethodVolumeRenderGeometry


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "RenderingMethod": _RenderingMethod,
    "RenderingMethodValue": _RenderingMethod,
    "RenderingMethodVolumeRenderGeometry": _RenderingMethodVolumeRenderGeometry,
    "RenderingMethodVolumeRenderGeometryValue": _RenderingMethodVolumeRenderGeometry,
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
