"""Presence rules of Generic Implant Template Planning Landmarks Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
GenericImplantTemplatePlanningLandmarksModule = (
    "table_C.29.1.5-1",
    (
        (
            "PlanningLandmarkPointSequence",
            Attribute(0x00686500, "SQ", "1", "3", name="Planning Landmark Point Sequence"),
            Lazy(
                "dicomodel.items.planning_landmark_point_sequence_item",
                "PlanningLandmarkPointSequenceItem",
            ),
        ),
        (
            "PlanningLandmarkLineSequence",
            Attribute(0x00686510, "SQ", "1", "3", name="Planning Landmark Line Sequence"),
            Lazy(
                "dicomodel.items.planning_landmark_line_sequence_item",
                "PlanningLandmarkLineSequenceItem",
            ),
        ),
        (
            "PlanningLandmarkPlaneSequence",
            Attribute(0x00686520, "SQ", "1", "3", name="Planning Landmark Plane Sequence"),
            Lazy(
                "dicomodel.items.planning_landmark_plane_sequence_item",
                "PlanningLandmarkPlaneSequenceItem",
            ),
        ),
    ),
)
