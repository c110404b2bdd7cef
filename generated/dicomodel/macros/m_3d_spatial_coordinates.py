"""3D Spatial Coordinates Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.graphic_type import (
        GraphicTypeDocumentContentValue as _GraphicTypeDocumentContentValue,
    )
else:
    from dicomodel.lazy import Lazy

    _GraphicTypeDocumentContentValue = Lazy(
        "dicomodel.enums.graphic_type", "GraphicTypeDocumentContentValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.graphic_type import GraphicTypeDocumentContent as GraphicType

__all__ = [
    "GraphicType",
    "ThreeDSpatialCoordinatesMacro",
]


class ThreeDSpatialCoordinatesMacro(DicomModel):
    """3D Spatial Coordinates Macro Attributes (PS3.3 Table C.18.9-1)."""

    dicom_name: ClassVar[str] = "3D Spatial Coordinates"
    dicom_table: ClassVar[str] = "table_C.18.9-1"

    ReferencedFrameOfReferenceUID: Annotated[
        vr.UI, Attribute(0x30060024, "UI", "1", "1", name="Referenced Frame of Reference UID")
    ]
    """Referenced Frame of Reference UID (3006,0024): Type 1, VR UI, VM 1. Uniquely identifies the Frame of Reference within which the coordinates are defined. There is no requirement that the Frame of Reference be the same for all SCOORD3D Content Items in the same SR SOP Instance, nor is there any requirement th..."""

    GraphicData: Annotated[
        list[vr.FL], Attribute(0x00700022, "FL", "2-n", "1", name="Graphic Data")
    ]
    """Graphic Data (0070,0022): Type 1, VR FL, VM 2-n. An ordered set of (x,y,z) triplets (in mm and may be negative) that define a region of interest in the patient-relative Reference Coordinate System defined by Referenced Frame of Reference UID (3006,0024)."""

    GraphicType: Annotated[
        _GraphicTypeDocumentContentValue,
        Attribute(
            0x00700023,
            "CS",
            "1",
            "1",
            name="Graphic Type",
            enumerated=(
                (0, ("POINT", "MULTIPOINT", "POLYLINE", "POLYGON", "ELLIPSE", "ELLIPSOID")),
            ),
        ),
    ]
    """Graphic Type (0070,0023): Type 1, VR CS, VM 1. See Section C.18.9.1.2 for Enumerated Values."""

    FiducialUID: Annotated[
        vr.UI | None, Attribute(0x0070031A, "UI", "1", "3", name="Fiducial UID")
    ] = None
    """Fiducial UID (0070,031A): Type 3, VR UI, VM 1. The globally unique identifier for this fiducial Item. The fiducial UID can be used to associate this set of graphics with other Content Items."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "GraphicType": ("dicomodel.enums.graphic_type", "GraphicTypeDocumentContent"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
