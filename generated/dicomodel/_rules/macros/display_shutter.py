"""Presence rules of Display Shutter Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
DisplayShutterMacro = (
    "table_C.7-17a",
    (
        (
            "ShutterShape",
            Attribute(
                0x00181600,
                "CS",
                "1-3",
                "1",
                name="Shutter Shape",
                enumerated=((0, ("RECTANGULAR", "CIRCULAR", "POLYGONAL")),),
            ),
            None,
        ),
        (
            "ShutterLeftVerticalEdge",
            Attribute(
                0x00181602,
                "IS",
                "1",
                "1C",
                name="Shutter Left Vertical Edge",
                when=("value", 0x00181600, 0, "in", ("RECTANGULAR",)),
            ),
            None,
        ),
        (
            "ShutterRightVerticalEdge",
            Attribute(
                0x00181604,
                "IS",
                "1",
                "1C",
                name="Shutter Right Vertical Edge",
                when=("value", 0x00181600, 0, "in", ("RECTANGULAR",)),
            ),
            None,
        ),
        (
            "ShutterUpperHorizontalEdge",
            Attribute(
                0x00181606,
                "IS",
                "1",
                "1C",
                name="Shutter Upper Horizontal Edge",
                when=("value", 0x00181600, 0, "in", ("RECTANGULAR",)),
            ),
            None,
        ),
        (
            "ShutterLowerHorizontalEdge",
            Attribute(
                0x00181608,
                "IS",
                "1",
                "1C",
                name="Shutter Lower Horizontal Edge",
                when=("value", 0x00181600, 0, "in", ("RECTANGULAR",)),
            ),
            None,
        ),
        (
            "CenterOfCircularShutter",
            Attribute(
                0x00181610,
                "IS",
                "2",
                "1C",
                name="Center of Circular Shutter",
                when=("value", 0x00181600, 0, "in", ("CIRCULAR",)),
            ),
            None,
        ),
        (
            "RadiusOfCircularShutter",
            Attribute(
                0x00181612,
                "IS",
                "1",
                "1C",
                name="Radius of Circular Shutter",
                when=("value", 0x00181600, 0, "in", ("CIRCULAR",)),
            ),
            None,
        ),
        (
            "VerticesOfThePolygonalShutter",
            Attribute(
                0x00181620,
                "IS",
                "2-2n",
                "1C",
                name="Vertices of the Polygonal Shutter",
                when=("value", 0x00181600, 0, "in", ("POLYGONAL",)),
            ),
            None,
        ),
        (
            "ShutterPresentationValue",
            Attribute(0x00181622, "US", "1", "3", name="Shutter Presentation Value"),
            None,
        ),
        (
            "ShutterPresentationColorCIELabValue",
            Attribute(0x00181624, "US", "3", "3", name="Shutter Presentation Color CIELab Value"),
            None,
        ),
    ),
)
