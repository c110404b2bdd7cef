"""Presence rules of Points Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PointsMacro = (
    "table_C.27-2",
    (
        (
            "NumberOfSurfacePoints",
            Attribute(0x00660015, "UL", "1", "1", name="Number Of Surface Points"),
            None,
        ),
        (
            "PointCoordinatesData",
            Attribute(0x00660016, "OF", "1", "1", name="Point Coordinates Data"),
            None,
        ),
        (
            "PointPositionAccuracy",
            Attribute(0x00660017, "FL", "3", "3", name="Point Position Accuracy"),
            None,
        ),
        (
            "MeanPointDistance",
            Attribute(0x00660018, "FL", "1", "3", name="Mean Point Distance"),
            None,
        ),
        (
            "MaximumPointDistance",
            Attribute(0x00660019, "FL", "1", "3", name="Maximum Point Distance"),
            None,
        ),
        (
            "PointsBoundingBoxCoordinates",
            Attribute(0x0066001A, "FL", "6", "3", name="Points Bounding Box Coordinates"),
            None,
        ),
        ("AxisOfRotation", Attribute(0x0066001B, "FL", "3", "3", name="Axis of Rotation"), None),
        (
            "CenterOfRotation",
            Attribute(
                0x0066001C,
                "FL",
                "3",
                "1C",
                name="Center of Rotation",
                when=("present", 0x0066001B),
                otherwise="may",
            ),
            None,
        ),
    ),
)
