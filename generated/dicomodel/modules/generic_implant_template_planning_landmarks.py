"""Generic Implant Template Planning Landmarks Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.planning_landmark_line_sequence_item import (
        PlanningLandmarkLineSequenceItem as _PlanningLandmarkLineSequenceItem,
    )
    from dicomodel.items.planning_landmark_plane_sequence_item import (
        PlanningLandmarkPlaneSequenceItem as _PlanningLandmarkPlaneSequenceItem,
    )
    from dicomodel.items.planning_landmark_point_sequence_item import (
        PlanningLandmarkPointSequenceItem as _PlanningLandmarkPointSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _PlanningLandmarkLineSequenceItem = Lazy(
        "dicomodel.items.planning_landmark_line_sequence_item", "PlanningLandmarkLineSequenceItem"
    )
    _PlanningLandmarkPlaneSequenceItem = Lazy(
        "dicomodel.items.planning_landmark_plane_sequence_item", "PlanningLandmarkPlaneSequenceItem"
    )
    _PlanningLandmarkPointSequenceItem = Lazy(
        "dicomodel.items.planning_landmark_point_sequence_item", "PlanningLandmarkPointSequenceItem"
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
    from dicomodel.items.planning_landmark_line_sequence_item import (
        PlanningLandmarkLineSequenceItem as PlanningLandmarkLineSequenceItem,
    )
    from dicomodel.items.planning_landmark_plane_sequence_item import (
        PlanningLandmarkPlaneSequenceItem as PlanningLandmarkPlaneSequenceItem,
    )
    from dicomodel.items.planning_landmark_point_sequence_item import (
        PlanningLandmarkPointSequenceItem as PlanningLandmarkPointSequenceItem,
    )
    from dicomodel.items.two_d_line_coordinates_sequence_item import (
        TwoDLineCoordinatesSequenceItem as TwoDLineCoordinatesSequenceItem,
    )
    from dicomodel.items.two_d_plane_coordinates_sequence_item import (
        TwoDPlaneCoordinatesSequenceItem as TwoDPlaneCoordinatesSequenceItem,
    )
    from dicomodel.items.two_d_point_coordinates_sequence_item import (
        TwoDPointCoordinatesSequenceItem as TwoDPointCoordinatesSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "GenericImplantTemplatePlanningLandmarksModule",
    "MappingResourceTerm",
    "PlanningLandmarkIdentificationCodeSequenceItem",
    "PlanningLandmarkLineSequenceItem",
    "PlanningLandmarkPlaneSequenceItem",
    "PlanningLandmarkPointSequenceItem",
    "TwoDLineCoordinatesSequenceItem",
    "TwoDPlaneCoordinatesSequenceItem",
    "TwoDPointCoordinatesSequenceItem",
]


class GenericImplantTemplatePlanningLandmarksModule(DicomModel):
    """Generic Implant Template Planning Landmarks Module Attributes (PS3.3 Table C.29.1.5-1)."""

    dicom_name: ClassVar[str] = "Generic Implant Template Planning Landmarks"
    dicom_table: ClassVar[str] = "table_C.29.1.5-1"

    PlanningLandmarkPointSequence: Annotated[
        list[_PlanningLandmarkPointSequenceItem] | None,
        Attribute(0x00686500, "SQ", "1", "3", name="Planning Landmark Point Sequence"),
    ] = None
    """Planning Landmark Point Sequence (0068,6500): Type 3, VR SQ, VM 1. Point landmarks for planning. One or more Items are permitted in this Sequence."""

    PlanningLandmarkLineSequence: Annotated[
        list[_PlanningLandmarkLineSequenceItem] | None,
        Attribute(0x00686510, "SQ", "1", "3", name="Planning Landmark Line Sequence"),
    ] = None
    """Planning Landmark Line Sequence (0068,6510): Type 3, VR SQ, VM 1. Line landmarks for planning. One or more Items are permitted in this Sequence."""

    PlanningLandmarkPlaneSequence: Annotated[
        list[_PlanningLandmarkPlaneSequenceItem] | None,
        Attribute(0x00686520, "SQ", "1", "3", name="Planning Landmark Plane Sequence"),
    ] = None
    """Planning Landmark Plane Sequence (0068,6520): Type 3, VR SQ, VM 1. Plane landmarks for planning. One or more Items are permitted in this Sequence."""


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
    "PlanningLandmarkLineSequenceItem": (
        "dicomodel.items.planning_landmark_line_sequence_item",
        "PlanningLandmarkLineSequenceItem",
    ),
    "PlanningLandmarkPlaneSequenceItem": (
        "dicomodel.items.planning_landmark_plane_sequence_item",
        "PlanningLandmarkPlaneSequenceItem",
    ),
    "PlanningLandmarkPointSequenceItem": (
        "dicomodel.items.planning_landmark_point_sequence_item",
        "PlanningLandmarkPointSequenceItem",
    ),
    "TwoDLineCoordinatesSequenceItem": (
        "dicomodel.items.two_d_line_coordinates_sequence_item",
        "TwoDLineCoordinatesSequenceItem",
    ),
    "TwoDPlaneCoordinatesSequenceItem": (
        "dicomodel.items.two_d_plane_coordinates_sequence_item",
        "TwoDPlaneCoordinatesSequenceItem",
    ),
    "TwoDPointCoordinatesSequenceItem": (
        "dicomodel.items.two_d_point_coordinates_sequence_item",
        "TwoDPointCoordinatesSequenceItem",
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
