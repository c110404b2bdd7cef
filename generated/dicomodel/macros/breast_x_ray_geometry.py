"""Breast X-Ray Geometry Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.x_ray_geometry_sequence_item_breast_x_ray_geometry import (
        XRayGeometrySequenceItemBreastXRayGeometry as _XRayGeometrySequenceItemBreastXRayGeometry,
    )
else:
    from dicomodel.lazy import Lazy

    _XRayGeometrySequenceItemBreastXRayGeometry = Lazy(
        "dicomodel.items.x_ray_geometry_sequence_item_breast_x_ray_geometry",
        "XRayGeometrySequenceItemBreastXRayGeometry",
    )

if TYPE_CHECKING:
    from dicomodel.items.x_ray_geometry_sequence_item_breast_x_ray_geometry import (
        XRayGeometrySequenceItemBreastXRayGeometry as XRayGeometrySequenceItem,
    )

__all__ = [
    "BreastXRayGeometryMacro",
    "XRayGeometrySequenceItem",
]


class BreastXRayGeometryMacro(DicomModel):
    """Breast X-Ray Geometry Macro Attributes (PS3.3 Table C.8.31.4-1)."""

    dicom_name: ClassVar[str] = "Breast X-Ray Geometry"
    dicom_table: ClassVar[str] = "table_C.8.31.4-1"

    XRayGeometrySequence: Annotated[
        list[_XRayGeometrySequenceItemBreastXRayGeometry],
        Attribute(0x00189476, "SQ", "1", "1", name="X-Ray Geometry Sequence"),
    ]
    """X-Ray Geometry Sequence (0018,9476): Type 1, VR SQ, VM 1. Sequence containing the geometric properties for this frame or set of frames. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "XRayGeometrySequenceItem": (
        "dicomodel.items.x_ray_geometry_sequence_item_breast_x_ray_geometry",
        "XRayGeometrySequenceItemBreastXRayGeometry",
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
