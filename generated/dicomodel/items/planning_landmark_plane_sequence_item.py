"""Item class PlanningLandmarkPlaneSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.two_d_plane_coordinates_sequence_item import (
        TwoDPlaneCoordinatesSequenceItem as _TwoDPlaneCoordinatesSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _TwoDPlaneCoordinatesSequenceItem = Lazy(
        "dicomodel.items.two_d_plane_coordinates_sequence_item", "TwoDPlaneCoordinatesSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PlanningLandmarkIdentificationCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.two_d_plane_coordinates_sequence_item import (
        TwoDPlaneCoordinatesSequenceItem as TwoDPlaneCoordinatesSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PlanningLandmarkIdentificationCodeSequenceItem",
    "PlanningLandmarkPlaneSequenceItem",
    "TwoDPlaneCoordinatesSequenceItem",
]


class PlanningLandmarkPlaneSequenceItem(DicomModel):
    """An item of Planning Landmark Plane Sequence (0068,6520), as first defined in Generic Implant Template Planning Landmarks Module Attributes (C.29.1.5-1)."""

    dicom_name: ClassVar[str] = "Planning Landmark Plane Sequence"
    dicom_table: ClassVar[str] = "table_C.29.1.5-1"

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

    PlanningLandmarkID: Annotated[
        vr.US, Attribute(0x00686530, "US", "1", "1", name="Planning Landmark ID")
    ]
    """Planning Landmark ID (0068,6530): Type 1, VR US, VM 1. Numeric ID of the planning landmark. Uniquely identifies the planning landmark within the SOP Instance. The value shall start at 1, and increase monotonically by 1 for each Item."""

    PlanningLandmarkDescription: Annotated[
        vr.LO | None, Attribute(0x00686540, "LO", "1", "3", name="Planning Landmark Description")
    ] = None
    """Planning Landmark Description (0068,6540): Type 3, VR LO, VM 1. Purpose or intended use of the landmark."""

    PlanningLandmarkIdentificationCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00686545, "SQ", "1", "2", name="Planning Landmark Identification Code Sequence"
        ),
    ]
    """Planning Landmark Identification Code Sequence (0068,6545): Type 2, VR SQ, VM 1. Coded Description of the real-world plane that is represented by this landmark. Zero or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PlanningLandmarkIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
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
