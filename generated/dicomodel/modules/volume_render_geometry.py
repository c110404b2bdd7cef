"""Volume Render Geometry Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.render_projection import (
        RenderProjectionVolumeRenderGeometryValue as _RenderProjectionVolumeRenderGeometryValue,
    )
    from dicomodel.enums.rendering_method import (
        RenderingMethodVolumeRenderGeometryValue as _RenderingMethodVolumeRenderGeometryValue,
    )
else:
    from dicomodel.lazy import Lazy

    _RenderProjectionVolumeRenderGeometryValue = Lazy(
        "dicomodel.enums.render_projection", "RenderProjectionVolumeRenderGeometryValue"
    )
    _RenderingMethodVolumeRenderGeometryValue = Lazy(
        "dicomodel.enums.rendering_method", "RenderingMethodVolumeRenderGeometryValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.render_projection import (
        RenderProjectionVolumeRenderGeometry as RenderProjection,
    )
    from dicomodel.enums.rendering_method import (
        RenderingMethodVolumeRenderGeometry as RenderingMethod,
    )

__all__ = [
    "RenderProjection",
    "RenderingMethod",
    "VolumeRenderGeometryModule",
]


class VolumeRenderGeometryModule(DicomModel):
    """Volume Render Geometry Module Attributes (PS3.3 Table C.11.30-1)."""

    dicom_name: ClassVar[str] = "Volume Render Geometry"
    dicom_table: ClassVar[str] = "table_C.11.30-1"

    RenderProjection: Annotated[
        _RenderProjectionVolumeRenderGeometryValue,
        Attribute(
            0x00701602,
            "CS",
            "1",
            "1",
            name="Render Projection",
            enumerated=((0, ("ORTHOGRAPHIC", "PERSPECTIVE")),),
        ),
    ]
    """Render Projection (0070,1602): Type 1, VR CS, VM 1. Projection style. Enumerated Values: ORTHOGRAPHIC PERSPECTIVE"""

    ViewpointPosition: Annotated[
        list[vr.FD], Attribute(0x00701603, "FD", "3", "1", name="Viewpoint Position")
    ]
    """Viewpoint Position (0070,1603): Type 1, VR FD, VM 3. Position of the viewpoint in volume space. A point (x,y,z) in the Volumetric Presentation State Reference Coordinate System."""

    ViewpointLookAtPoint: Annotated[
        list[vr.FD], Attribute(0x00701604, "FD", "3", "1", name="Viewpoint LookAt Point")
    ]
    """Viewpoint LookAt Point (0070,1604): Type 1, VR FD, VM 3. Point the viewpoint is looking at. A point (x,y,z) in the Volumetric Presentation State Reference Coordinate System."""

    ViewpointUpDirection: Annotated[
        list[vr.FD], Attribute(0x00701605, "FD", "3", "1", name="Viewpoint Up Direction")
    ]
    """Viewpoint Up Direction (0070,1605): Type 1, VR FD, VM 3. Vertical orientation of the view. A vector (x,y,z) in the Volumetric Presentation State Reference Coordinate System."""

    RenderFieldOfView: Annotated[
        list[vr.FD], Attribute(0x00701606, "FD", "6", "1", name="Render Field of View")
    ]
    """Render Field of View (0070,1606): Type 1, VR FD, VM 6. The field of view specified as a 6-tuple of values (Xleft, Xright, Ytop, Ybottom, Distancenear, Distancefar) in the Viewpoint Coordinate System, in mm. See Section C.11.30.1."""

    RenderingMethod: Annotated[
        _RenderingMethodVolumeRenderGeometryValue,
        Attribute(
            0x0070120D,
            "CS",
            "1",
            "1",
            name="Rendering Method",
            enumerated=((0, ("MAXIMUM_IP", "MINIMUM_IP", "VOLUME_RENDERED")),),
        ),
    ]
    """Rendering Method (0070,120D): Type 1, VR CS, VM 1. The rendering method used during the ray casting compositing operation. Enumerated Values: MAXIMUM_IP A method that projects the interpolated sample with maximum intensity that falls in the path of each ray traced from the viewpoint to the..."""

    SamplingStepSize: Annotated[
        vr.FD | None, Attribute(0x00701607, "FD", "1", "3", name="Sampling Step Size")
    ] = None
    """Sampling Step Size (0070,1607): Type 3, VR FD, VM 1. Spacing in mm between samples along each ray in the original volume rendering operation. See Section C.11.30.2."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "RenderProjection": (
        "dicomodel.enums.render_projection",
        "RenderProjectionVolumeRenderGeometry",
    ),
    "RenderingMethod": ("dicomodel.enums.rendering_method", "RenderingMethodVolumeRenderGeometry"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
