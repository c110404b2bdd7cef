"""Item class OutlineDefinitionItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.outline_shape_type import OutlineShapeTypeValue as _OutlineShapeTypeValue
else:
    from dicomodel.lazy import Lazy

    _OutlineShapeTypeValue = Lazy("dicomodel.enums.outline_shape_type", "OutlineShapeTypeValue")

if TYPE_CHECKING:
    from dicomodel.enums.outline_shape_type import OutlineShapeType as OutlineShapeType

__all__ = [
    "OutlineDefinitionItem",
    "OutlineShapeType",
]


class OutlineDefinitionItem(DicomModel):
    """An item of Beam Area Limit Sequence (300A,0689), as first defined in External Beam Control Point General Macro Attributes (C.36.2.2.6-1)."""

    dicom_name: ClassVar[str] = "Beam Area Limit Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.2.6-1"

    OutlineShapeType: Annotated[
        _OutlineShapeTypeValue,
        Attribute(
            0x00181630,
            "CS",
            "1",
            "1",
            name="Outline Shape Type",
            enumerated=((0, ("RECTANGULAR", "CIRCULAR", "POLYGONAL")),),
        ),
    ]
    """Outline Shape Type (0018,1630): Type 1, VR CS, VM 1. Type of shape of the outline. Enumerated Values: RECTANGULAR CIRCULAR POLYGONAL See Section 10.38.1.1."""

    OutlineLeftVerticalEdge: Annotated[
        vr.FD | None,
        Attribute(
            0x00181631,
            "FD",
            "1",
            "1C",
            name="Outline Left Vertical Edge",
            when=("value", 0x00181630, 0, "in", ("RECTANGULAR",)),
        ),
    ] = None
    """Outline Left Vertical Edge (0018,1631): Type 1C, VR FD, VM 1. Required if Outline Shape Type (0018,1630) is RECTANGULAR. X-coordinate in mm of the left edge of the rectangular outline (parallel to the y-axis of the coordinate system). Required if Outline Shape Type (0018,1630) is RECTANGULAR. See Section 10.38.1.2."""

    OutlineRightVerticalEdge: Annotated[
        vr.FD | None,
        Attribute(
            0x00181632,
            "FD",
            "1",
            "1C",
            name="Outline Right Vertical Edge",
            when=("value", 0x00181630, 0, "in", ("RECTANGULAR",)),
        ),
    ] = None
    """Outline Right Vertical Edge (0018,1632): Type 1C, VR FD, VM 1. Required if Outline Shape Type (0018,1630) is RECTANGULAR. X-coordinate in mm of the right edge of the rectangular outline (parallel to the y-axis of the coordinate system). Required if Outline Shape Type (0018,1630) is RECTANGULAR. See Section 10.38.1.2."""

    OutlineUpperHorizontalEdge: Annotated[
        vr.FD | None,
        Attribute(
            0x00181633,
            "FD",
            "1",
            "1C",
            name="Outline Upper Horizontal Edge",
            when=("value", 0x00181630, 0, "in", ("RECTANGULAR",)),
        ),
    ] = None
    """Outline Upper Horizontal Edge (0018,1633): Type 1C, VR FD, VM 1. Required if Outline Shape Type (0018,1630) is RECTANGULAR. Y-coordinate in mm of the upper edge of the rectangular outline (parallel to the x-axis of the coordinate system). Required if Outline Shape Type (0018,1630) is RECTANGULAR. See Section 10.38.1.2."""

    OutlineLowerHorizontalEdge: Annotated[
        vr.FD | None,
        Attribute(
            0x00181634,
            "FD",
            "1",
            "1C",
            name="Outline Lower Horizontal Edge",
            when=("value", 0x00181630, 0, "in", ("RECTANGULAR",)),
        ),
    ] = None
    """Outline Lower Horizontal Edge (0018,1634): Type 1C, VR FD, VM 1. Required if Outline Shape Type (0018,1630) is RECTANGULAR. Y-coordinate in mm of the lower edge of the rectangular outline (parallel to the x-axis of the coordinate system). Required if Outline Shape Type (0018,1630) is RECTANGULAR. See Section 10.38.1.2."""

    CenterOfCircularOutline: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x00181635,
            "FD",
            "2",
            "1C",
            name="Center of Circular Outline",
            when=("value", 0x00181630, 0, "in", ("CIRCULAR",)),
        ),
    ] = None
    """Center of Circular Outline (0018,1635): Type 1C, VR FD, VM 2. Required if Outline Shape Type (0018,1630) is CIRCULAR. Location (x,y) in mm of the center of the circular outline. Required if Outline Shape Type (0018,1630) is CIRCULAR. See Section 10.38.1.2."""

    DiameterOfCircularOutline: Annotated[
        vr.FD | None,
        Attribute(
            0x00181636,
            "FD",
            "1",
            "1C",
            name="Diameter of Circular Outline",
            when=("value", 0x00181630, 0, "in", ("CIRCULAR",)),
        ),
    ] = None
    """Diameter of Circular Outline (0018,1636): Type 1C, VR FD, VM 1. Required if Outline Shape Type (0018,1630) is CIRCULAR. Diameter in mm of the circular outline. Required if Outline Shape Type (0018,1630) is CIRCULAR. See Section 10.38.1.2."""

    NumberOfPolygonalVertices: Annotated[
        vr.UL | None,
        Attribute(
            0x00181637,
            "UL",
            "1",
            "1C",
            name="Number of Polygonal Vertices",
            when=("value", 0x00181630, 0, "in", ("POLYGONAL",)),
        ),
    ] = None
    """Number of Polygonal Vertices (0018,1637): Type 1C, VR UL, VM 1. Required if Outline Shape Type (0018,1630) is POLYGONAL. Number of Vertices in Vertices of the Polygonal Outline (0018,1638). Required if Outline Shape Type (0018,1630) is POLYGONAL."""

    VerticesOfThePolygonalOutline: Annotated[
        vr.OF | None,
        Attribute(
            0x00181638,
            "OF",
            "1",
            "1C",
            name="Vertices of the Polygonal Outline",
            when=("value", 0x00181630, 0, "in", ("POLYGONAL",)),
        ),
    ] = None
    """Vertices of the Polygonal Outline (0018,1638): Type 1C, VR OF, VM 1. Required if Outline Shape Type (0018,1630) is POLYGONAL. A data stream of pairs of x and y in mm. Polygonal outlines are implicitly closed from the last vertex to the origin vertex and all edges shall be non-intersecting except at the vertices."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "OutlineShapeType": ("dicomodel.enums.outline_shape_type", "OutlineShapeType"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
