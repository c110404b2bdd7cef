"""Presence rules of Outline Definition Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
OutlineDefinitionMacro = (
    "table_10.38-1",
    (
        (
            "OutlineShapeType",
            Attribute(
                0x00181630,
                "CS",
                "1",
                "1",
                name="Outline Shape Type",
                enumerated=((0, ("RECTANGULAR", "CIRCULAR", "POLYGONAL")),),
            ),
            None,
        ),
        (
            "OutlineLeftVerticalEdge",
            Attribute(
                0x00181631,
                "FD",
                "1",
                "1C",
                name="Outline Left Vertical Edge",
                when=("value", 0x00181630, 0, "in", ("RECTANGULAR",)),
            ),
            None,
        ),
        (
            "OutlineRightVerticalEdge",
            Attribute(
                0x00181632,
                "FD",
                "1",
                "1C",
                name="Outline Right Vertical Edge",
                when=("value", 0x00181630, 0, "in", ("RECTANGULAR",)),
            ),
            None,
        ),
        (
            "OutlineUpperHorizontalEdge",
            Attribute(
                0x00181633,
                "FD",
                "1",
                "1C",
                name="Outline Upper Horizontal Edge",
                when=("value", 0x00181630, 0, "in", ("RECTANGULAR",)),
            ),
            None,
        ),
        (
            "OutlineLowerHorizontalEdge",
            Attribute(
                0x00181634,
                "FD",
                "1",
                "1C",
                name="Outline Lower Horizontal Edge",
                when=("value", 0x00181630, 0, "in", ("RECTANGULAR",)),
            ),
            None,
        ),
        (
            "CenterOfCircularOutline",
            Attribute(
                0x00181635,
                "FD",
                "2",
                "1C",
                name="Center of Circular Outline",
                when=("value", 0x00181630, 0, "in", ("CIRCULAR",)),
            ),
            None,
        ),
        (
            "DiameterOfCircularOutline",
            Attribute(
                0x00181636,
                "FD",
                "1",
                "1C",
                name="Diameter of Circular Outline",
                when=("value", 0x00181630, 0, "in", ("CIRCULAR",)),
            ),
            None,
        ),
        (
            "NumberOfPolygonalVertices",
            Attribute(
                0x00181637,
                "UL",
                "1",
                "1C",
                name="Number of Polygonal Vertices",
                when=("value", 0x00181630, 0, "in", ("POLYGONAL",)),
            ),
            None,
        ),
        (
            "VerticesOfThePolygonalOutline",
            Attribute(
                0x00181638,
                "OF",
                "1",
                "1C",
                name="Vertices of the Polygonal Outline",
                when=("value", 0x00181630, 0, "in", ("POLYGONAL",)),
            ),
            None,
        ),
    ),
)
