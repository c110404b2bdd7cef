"""Generic Implant Template Planning Landmarks Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.planning_landmark_line_sequence_item import PlanningLandmarkLineSequenceItem
from dicomodel.items.planning_landmark_plane_sequence_item import PlanningLandmarkPlaneSequenceItem
from dicomodel.items.planning_landmark_point_sequence_item import PlanningLandmarkPointSequenceItem
from dicomodel.model import Attribute, DicomModel


class GenericImplantTemplatePlanningLandmarksModule(DicomModel):
    """Generic Implant Template Planning Landmarks Module Attributes (PS3.3 Table C.29.1.5-1)."""

    dicom_name: ClassVar[str] = "Generic Implant Template Planning Landmarks"
    dicom_table: ClassVar[str] = "table_C.29.1.5-1"

    PlanningLandmarkPointSequence: Annotated[
        list[PlanningLandmarkPointSequenceItem] | None,
        Attribute(0x00686500, "SQ", "1", "3", name="Planning Landmark Point Sequence"),
    ] = None
    """Planning Landmark Point Sequence (0068,6500): Type 3, VR SQ, VM 1. Point landmarks for planning. One or more Items are permitted in this Sequence."""

    PlanningLandmarkLineSequence: Annotated[
        list[PlanningLandmarkLineSequenceItem] | None,
        Attribute(0x00686510, "SQ", "1", "3", name="Planning Landmark Line Sequence"),
    ] = None
    """Planning Landmark Line Sequence (0068,6510): Type 3, VR SQ, VM 1. Line landmarks for planning. One or more Items are permitted in this Sequence."""

    PlanningLandmarkPlaneSequence: Annotated[
        list[PlanningLandmarkPlaneSequenceItem] | None,
        Attribute(0x00686520, "SQ", "1", "3", name="Planning Landmark Plane Sequence"),
    ] = None
    """Planning Landmark Plane Sequence (0068,6520): Type 3, VR SQ, VM 1. Plane landmarks for planning. One or more Items are permitted in this Sequence."""
