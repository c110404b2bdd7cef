"""Presence rules of Planning Landmark Point Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PlanningLandmarkPointMacro = (
    "table_C.29.1.5-2",
    (
        (
            "TwoDPointCoordinatesSequence",
            Attribute(
                0x00686550,
                "SQ",
                "1",
                "1C",
                name="2D Point Coordinates Sequence",
                when=("and", ("not", ("present", 0x00686590)), ("present", 0x006862C0)),
            ),
            Lazy(
                "dicomodel.items.two_d_point_coordinates_sequence_item",
                "TwoDPointCoordinatesSequenceItem",
            ),
        ),
        (
            "ThreeDPointCoordinates",
            Attribute(
                0x00686590,
                "FD",
                "3",
                "1C",
                name="3D Point Coordinates",
                when=("and", ("not", ("present", 0x00686550)), ("present", 0x00686350)),
            ),
            None,
        ),
    ),
)
