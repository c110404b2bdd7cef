"""Display Shutter Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "DisplayShutterModule",
]


class DisplayShutterModule(DicomModel):
    """Display Shutter Module Attributes (PS3.3 Table C.7-17)."""

    dicom_name: ClassVar[str] = "Display Shutter"
    dicom_table: ClassVar[str] = "table_C.7-17"

    ShutterShape: Annotated[
        list[vr.CS],
        Attribute(
            0x00181600,
            "CS",
            "1-3",
            "1",
            name="Shutter Shape",
            enumerated=((0, ("RECTANGULAR", "CIRCULAR", "POLYGONAL")),),
        ),
    ]
    """Shutter Shape (0018,1600): Type 1, VR CS, VM 1-3. Shape(s) of the shutter defined for display. Enumerated Values: RECTANGULAR CIRCULAR POLYGONAL This multi-valued Attribute shall contain at most one of each Enumerated Value."""

    ShutterLeftVerticalEdge: Annotated[
        vr.IS | None,
        Attribute(
            0x00181602,
            "IS",
            "1",
            "1C",
            name="Shutter Left Vertical Edge",
            when=("value", 0x00181600, 0, "in", ("RECTANGULAR",)),
        ),
    ] = None
    """Shutter Left Vertical Edge (0018,1602): Type 1C, VR IS, VM 1. Required if Shutter Shape (0018,1600) is RECTANGULAR. Required if Shutter Shape (0018,1600) is RECTANGULAR. Location of the left edge of the rectangular shutter with respect to pixels in the image given as column."""

    ShutterRightVerticalEdge: Annotated[
        vr.IS | None,
        Attribute(
            0x00181604,
            "IS",
            "1",
            "1C",
            name="Shutter Right Vertical Edge",
            when=("value", 0x00181600, 0, "in", ("RECTANGULAR",)),
        ),
    ] = None
    """Shutter Right Vertical Edge (0018,1604): Type 1C, VR IS, VM 1. Required if Shutter Shape (0018,1600) is RECTANGULAR. Required if Shutter Shape (0018,1600) is RECTANGULAR. Location of the right edge of the rectangular shutter with respect to pixels in the image given as column."""

    ShutterUpperHorizontalEdge: Annotated[
        vr.IS | None,
        Attribute(
            0x00181606,
            "IS",
            "1",
            "1C",
            name="Shutter Upper Horizontal Edge",
            when=("value", 0x00181600, 0, "in", ("RECTANGULAR",)),
        ),
    ] = None
    """Shutter Upper Horizontal Edge (0018,1606): Type 1C, VR IS, VM 1. Required if Shutter Shape (0018,1600) is RECTANGULAR. Required if Shutter Shape (0018,1600) is RECTANGULAR. Location of the upper edge of the rectangular shutter with respect to pixels in the image given as row."""

    ShutterLowerHorizontalEdge: Annotated[
        vr.IS | None,
        Attribute(
            0x00181608,
            "IS",
            "1",
            "1C",
            name="Shutter Lower Horizontal Edge",
            when=("value", 0x00181600, 0, "in", ("RECTANGULAR",)),
        ),
    ] = None
    """Shutter Lower Horizontal Edge (0018,1608): Type 1C, VR IS, VM 1. Required if Shutter Shape (0018,1600) is RECTANGULAR. Required if Shutter Shape (0018,1600) is RECTANGULAR. Location of the lower edge of the rectangular shutter with respect to pixels in the image given as row."""

    CenterOfCircularShutter: Annotated[
        list[vr.IS] | None,
        Attribute(
            0x00181610,
            "IS",
            "2",
            "1C",
            name="Center of Circular Shutter",
            when=("value", 0x00181600, 0, "in", ("CIRCULAR",)),
        ),
    ] = None
    """Center of Circular Shutter (0018,1610): Type 1C, VR IS, VM 2. Required if Shutter Shape (0018,1600) is CIRCULAR. Required if Shutter Shape (0018,1600) is CIRCULAR. Location of the center of the circular shutter with respect to pixels in the image given as row and column."""

    RadiusOfCircularShutter: Annotated[
        vr.IS | None,
        Attribute(
            0x00181612,
            "IS",
            "1",
            "1C",
            name="Radius of Circular Shutter",
            when=("value", 0x00181600, 0, "in", ("CIRCULAR",)),
        ),
    ] = None
    """Radius of Circular Shutter (0018,1612): Type 1C, VR IS, VM 1. Required if Shutter Shape (0018,1600) is CIRCULAR. Required if Shutter Shape (0018,1600) is CIRCULAR. Radius of the circular shutter with respect to pixels in the image given as a number of pixels along the row direction."""

    VerticesOfThePolygonalShutter: Annotated[
        list[vr.IS] | None,
        Attribute(
            0x00181620,
            "IS",
            "2-2n",
            "1C",
            name="Vertices of the Polygonal Shutter",
            when=("value", 0x00181600, 0, "in", ("POLYGONAL",)),
        ),
    ] = None
    """Vertices of the Polygonal Shutter (0018,1620): Type 1C, VR IS, VM 2-2n. Required if Shutter Shape (0018,1600) is POLYGONAL. Required if Shutter Shape (0018,1600) is POLYGONAL. Multiple Values where the first set of two values are: row of the origin vertex\\column of the origin vertex Two or more pairs of values follow and are the row and column coordinates of the..."""

    ShutterPresentationValue: Annotated[
        vr.US | None, Attribute(0x00181622, "US", "1", "3", name="Shutter Presentation Value")
    ] = None
    """Shutter Presentation Value (0018,1622): Type 3, VR US, VM 1. A single gray unsigned value used to replace those parts of the image occluded by the shutter, when rendered on a monochrome display. The units are specified in P-Values, from a minimum of 0000H (black) up to a maximum of FFFFH (white)."""

    ShutterPresentationColorCIELabValue: Annotated[
        list[vr.US] | None,
        Attribute(0x00181624, "US", "3", "3", name="Shutter Presentation Color CIELab Value"),
    ] = None
    """Shutter Presentation Color CIELab Value (0018,1624): Type 3, VR US, VM 3. A color triplet value used to replace those parts of the image occluded by the shutter, when rendered on a color display. The units are specified in PCS-Values, and the value is encoded as CIELab. See Section C.10.7.1.1."""
