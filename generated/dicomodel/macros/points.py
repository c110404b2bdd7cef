"""Points Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "PointsMacro",
]


class PointsMacro(DicomModel):
    """Points Macro Attributes (PS3.3 Table C.27-2)."""

    dicom_name: ClassVar[str] = "Points"
    dicom_table: ClassVar[str] = "table_C.27-2"

    NumberOfSurfacePoints: Annotated[
        vr.UL, Attribute(0x00660015, "UL", "1", "1", name="Number Of Surface Points")
    ]
    """Number Of Surface Points (0066,0015): Type 1, VR UL, VM 1. Specifies the number of points in the point set. See Section C.27.2.1.1."""

    PointCoordinatesData: Annotated[
        vr.OF, Attribute(0x00660016, "OF", "1", "1", name="Point Coordinates Data")
    ]
    """Point Coordinates Data (0066,0016): Type 1, VR OF, VM 1. See Section C.27.2.1.1"""

    PointPositionAccuracy: Annotated[
        list[vr.FL] | None, Attribute(0x00660017, "FL", "3", "3", name="Point Position Accuracy")
    ] = None
    """Point Position Accuracy (0066,0017): Type 3, VR FL, VM 3. A single standard deviation of the error for all the points' spatial positions. The units shall be the same as the units of the coordinate system in which the point coordinates are specified."""

    MeanPointDistance: Annotated[
        vr.FL | None, Attribute(0x00660018, "FL", "1", "3", name="Mean Point Distance")
    ] = None
    """Mean Point Distance (0066,0018): Type 3, VR FL, VM 1. The mean point distance of the point set. It is given by the mean of the distances to the nearest neighbor over all points. The units shall be the same as the units of the coordinate system in which the point coordinates are specified."""

    MaximumPointDistance: Annotated[
        vr.FL | None, Attribute(0x00660019, "FL", "1", "3", name="Maximum Point Distance")
    ] = None
    """Maximum Point Distance (0066,0019): Type 3, VR FL, VM 1. The maximum distance of one point to its nearest neighbor. The units shall be the same as the units of the coordinate system in which the point coordinates are specified."""

    PointsBoundingBoxCoordinates: Annotated[
        list[vr.FL] | None,
        Attribute(0x0066001A, "FL", "6", "3", name="Points Bounding Box Coordinates"),
    ] = None
    """Points Bounding Box Coordinates (0066,001A): Type 3, VR FL, VM 6. Two 3D locations defining the cuboid bounding box, parallel to the coordinate system axes, encompassing the point set."""

    AxisOfRotation: Annotated[
        list[vr.FL] | None, Attribute(0x0066001B, "FL", "3", "3", name="Axis of Rotation")
    ] = None
    """Axis of Rotation (0066,001B): Type 3, VR FL, VM 3. A 3D location that combined with Center of Rotation (0066,001C) specifies the preferred axis of rotation of this object."""

    CenterOfRotation: Annotated[
        list[vr.FL] | None,
        Attribute(
            0x0066001C,
            "FL",
            "3",
            "1C",
            name="Center of Rotation",
            when=("present", 0x0066001B),
            otherwise="may",
        ),
    ] = None
    """Center of Rotation (0066,001C): Type 1C, VR FL, VM 3. Required if Axis of Rotation (0066,001B) is present. May be present otherwise. A 3D location defining the preferred center of rotation for this point set. Required if Axis of Rotation (0066,001B) is present. May be present otherwise."""
