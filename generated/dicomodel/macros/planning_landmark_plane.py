"""Planning Landmark Plane Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.two_d_plane_coordinates_sequence_item import (
        TwoDPlaneCoordinatesSequenceItem as _TwoDPlaneCoordinatesSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _TwoDPlaneCoordinatesSequenceItem = Lazy(
        "dicomodel.items.two_d_plane_coordinates_sequence_item", "TwoDPlaneCoordinatesSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.two_d_plane_coordinates_sequence_item import (
        TwoDPlaneCoordinatesSequenceItem as TwoDPlaneCoordinatesSequenceItem,
    )

__all__ = [
    "PlanningLandmarkPlaneMacro",
    "TwoDPlaneCoordinatesSequenceItem",
]


class PlanningLandmarkPlaneMacro(DicomModel):
    """Planning Landmark Plane Macro Attributes (PS3.3 Table C.29.1.5-4)."""

    dicom_name: ClassVar[str] = "Planning Landmark Plane"
    dicom_table: ClassVar[str] = "table_C.29.1.5-4"

    TwoDPlaneCoordinatesSequence: Annotated[
        list[_TwoDPlaneCoordinatesSequenceItem] | None,
        Attribute(
            0x006865E0,
            "SQ",
            "1",
            "1C",
            name="2D Plane Coordinates Sequence",
            when=("and", ("not", ("present", 0x00686610)), ("present", 0x006862C0)),
        ),
    ] = None
    """2D Plane Coordinates Sequence (0068,65E0): Type 1C, VR SQ, VM 1. Required if 3D Plane Origin (0068,6610) is not present and HPGL Document Sequence (0068,62C0) is present. May be present if 3D Plane Origin (0068,6610) is present and HPGL Document Sequence (0068,62C0) is present. 2D coordinates of the plane's intersection with the HPGL documents. One or more Items shall be included in this Sequence. Required if 3D Plane Origin (0068,6610) is not present and HPGL Document Sequence (0068,62C0) is present."""

    ThreeDPlaneOrigin: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x00686610,
            "FD",
            "3",
            "1C",
            name="3D Plane Origin",
            when=("and", ("not", ("present", 0x006865E0)), ("present", 0x00686350)),
        ),
    ] = None
    """3D Plane Origin (0068,6610): Type 1C, VR FD, VM 3. Required if 2D Plane Coordinates Sequence (0068,65E0) is not present and Implant Template 3D Model Surface Number (0068,6350) is present. May be present if 2D Plane Coordinates Sequence (0068,65E0) is present and Implant Template 3D Model Surface Number (0068,6350) is present. 3D Coordinates of the plane origin. Required if 2D Plane Coordinates Sequence (0068,65E0) is not present and Implant Template 3D Model Surface Number (0068,6350) is present."""

    ThreeDPlaneNormal: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x00686620, "FD", "3", "1C", name="3D Plane Normal", when=("present", 0x00686610)
        ),
    ] = None
    """3D Plane Normal (0068,6620): Type 1C, VR FD, VM 3. Required if 3D Plane Origin (0068,6610) is present. 3D Coordinates of the plane normal. Required if 3D Plane Origin (0068,6610) is present."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "TwoDPlaneCoordinatesSequenceItem": (
        "dicomodel.items.two_d_plane_coordinates_sequence_item",
        "TwoDPlaneCoordinatesSequenceItem",
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
