"""Presence rules of Planning Landmark Line Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PlanningLandmarkLineMacro = (
    "table_C.29.1.5-3",
    (
        (
            "TwoDLineCoordinatesSequence",
            Attribute(
                0x006865A0,
                "SQ",
                "1",
                "1C",
                name="2D Line Coordinates Sequence",
                when=("and", ("not", ("present", 0x006865D0)), ("present", 0x006862C0)),
            ),
            Lazy(
                "dicomodel.items.two_d_line_coordinates_sequence_item",
                "TwoDLineCoordinatesSequenceItem",
            ),
        ),
        (
            "ThreeDLineCoordinates",
            Attribute(
                0x006865D0,
                "FD",
                "6",
                "1C",
                name="3D Line Coordinates",
                when=("and", ("not", ("present", 0x006865A0)), ("present", 0x00686350)),
            ),
            None,
        ),
    ),
)
