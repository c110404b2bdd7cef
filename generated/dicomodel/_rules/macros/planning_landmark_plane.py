"""Presence rules of Planning Landmark Plane Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PlanningLandmarkPlaneMacro = (
    "table_C.29.1.5-4",
    (
        (
            "TwoDPlaneCoordinatesSequence",
            Attribute(
                0x006865E0,
                "SQ",
                "1",
                "1C",
                name="2D Plane Coordinates Sequence",
                when=("and", ("not", ("present", 0x00686610)), ("present", 0x006862C0)),
            ),
            Lazy(
                "dicomodel.items.two_d_plane_coordinates_sequence_item",
                "TwoDPlaneCoordinatesSequenceItem",
            ),
        ),
        (
            "ThreeDPlaneOrigin",
            Attribute(
                0x00686610,
                "FD",
                "3",
                "1C",
                name="3D Plane Origin",
                when=("and", ("not", ("present", 0x006865E0)), ("present", 0x00686350)),
            ),
            None,
        ),
        (
            "ThreeDPlaneNormal",
            Attribute(
                0x00686620, "FD", "3", "1C", name="3D Plane Normal", when=("present", 0x00686610)
            ),
            None,
        ),
    ),
)
