"""Item class CameraPositionGroupSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.render_projection import RenderProjectionValue as _RenderProjectionValue
else:
    from dicomodel.lazy import Lazy

    _RenderProjectionValue = Lazy("dicomodel.enums.render_projection", "RenderProjectionValue")

if TYPE_CHECKING:
    from dicomodel.enums.render_projection import RenderProjection as RenderProjection

__all__ = [
    "CameraPositionGroupSequenceItem",
    "RenderProjection",
]


class CameraPositionGroupSequenceItem(DicomModel):
    """An item of Camera Position Group Sequence (0034,000B), as first defined in Camera Position Functional Group Macro Attributes (C.7.6.16.2.28-1)."""

    dicom_name: ClassVar[str] = "Camera Position Group Sequence"
    dicom_table: ClassVar[str] = "table_C.7.6.16.2.28-1"

    RenderProjection: Annotated[
        _RenderProjectionValue,
        Attribute(
            0x00701602,
            "CS",
            "1",
            "1",
            name="Render Projection",
            enumerated=((0, ("PERSPECTIVE",)),),
        ),
    ]
    """Render Projection (0070,1602): Type 1, VR CS, VM 1. Projection style. Enumerated Values: PERSPECTIVE"""

    ViewpointPosition: Annotated[
        list[vr.FD], Attribute(0x00701603, "FD", "3", "1", name="Viewpoint Position")
    ]
    """Viewpoint Position (0070,1603): Type 1, VR FD, VM 3. Position of the viewpoint in volume space. A point (x,y,z) in the Frame Reference Coordinate System referenced in the Frame of Reference Module."""

    ViewpointLookAtPoint: Annotated[
        list[vr.FD], Attribute(0x00701604, "FD", "3", "1", name="Viewpoint LookAt Point")
    ]
    """Viewpoint LookAt Point (0070,1604): Type 1, VR FD, VM 3. Point the viewpoint is looking at. A point (x,y,z) in the Frame Reference Coordinate System referenced in the Frame of Reference Module."""

    ViewpointUpDirection: Annotated[
        list[vr.FD], Attribute(0x00701605, "FD", "3", "1", name="Viewpoint Up Direction")
    ]
    """Viewpoint Up Direction (0070,1605): Type 1, VR FD, VM 3. Vertical orientation of the view. A vector (x,y,z) in the Frame Reference Coordinate System referenced in the Frame of Reference Module."""

    RenderFieldOfView: Annotated[
        list[vr.FD], Attribute(0x00701606, "FD", "6", "1", name="Render Field of View")
    ]
    """Render Field of View (0070,1606): Type 1, VR FD, VM 6. The field of view specified as a 6-tuple of values (X left, X right, Y top, Y bottom, Distance near, Distance far) in the Viewpoint Coordinate System, in mm. See Section C.11.30.1."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "RenderProjection": ("dicomodel.enums.render_projection", "RenderProjection"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
