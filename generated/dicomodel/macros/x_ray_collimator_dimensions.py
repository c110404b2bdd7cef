"""X-Ray Collimator Dimensions Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "XRayCollimatorDimensionsMacro",
]


class XRayCollimatorDimensionsMacro(DicomModel):
    """X-Ray Collimator Dimensions Macro Attributes (PS3.3 Table C.8-28b)."""

    dicom_name: ClassVar[str] = "X-Ray Collimator Dimensions"
    dicom_table: ClassVar[str] = "table_C.8-28b"

    CollimatorLeftVerticalEdge: Annotated[
        vr.IS | None,
        Attribute(
            0x00181702,
            "IS",
            "1",
            "1C",
            name="Collimator Left Vertical Edge",
            when=("value", 0x00181700, 0, "in", ("RECTANGULAR",)),
        ),
    ] = None
    """Collimator Left Vertical Edge (0018,1702): Type 1C, VR IS, VM 1. Required if a value of Collimator Shape (0018,1700) is RECTANGULAR. Required if a value of Collimator Shape (0018,1700) is RECTANGULAR. Location of the left edge of the rectangular collimator with respect to pixels in the image given as column. See Section C.8.7.3.1.1."""

    CollimatorRightVerticalEdge: Annotated[
        vr.IS | None,
        Attribute(
            0x00181704,
            "IS",
            "1",
            "1C",
            name="Collimator Right Vertical Edge",
            when=("value", 0x00181700, 0, "in", ("RECTANGULAR",)),
        ),
    ] = None
    """Collimator Right Vertical Edge (0018,1704): Type 1C, VR IS, VM 1. Required if a value of Collimator Shape (0018,1700) is RECTANGULAR. Required if a value of Collimator Shape (0018,1700) is RECTANGULAR. Location of the right edge of the rectangular collimator with respect to pixels in the image given as column. See Section C.8.7.3.1.1."""

    CollimatorUpperHorizontalEdge: Annotated[
        vr.IS | None,
        Attribute(
            0x00181706,
            "IS",
            "1",
            "1C",
            name="Collimator Upper Horizontal Edge",
            when=("value", 0x00181700, 0, "in", ("RECTANGULAR",)),
        ),
    ] = None
    """Collimator Upper Horizontal Edge (0018,1706): Type 1C, VR IS, VM 1. Required if a value of Collimator Shape (0018,1700) is RECTANGULAR. Required if a value of Collimator Shape (0018,1700) is RECTANGULAR. Location of the upper edge of the rectangular collimator with respect to pixels in the image given as row. See Section C.8.7.3.1.1."""

    CollimatorLowerHorizontalEdge: Annotated[
        vr.IS | None,
        Attribute(
            0x00181708,
            "IS",
            "1",
            "1C",
            name="Collimator Lower Horizontal Edge",
            when=("value", 0x00181700, 0, "in", ("RECTANGULAR",)),
        ),
    ] = None
    """Collimator Lower Horizontal Edge (0018,1708): Type 1C, VR IS, VM 1. Required if a value of Collimator Shape (0018,1700) is RECTANGULAR. Required if a value of Collimator Shape (0018,1700) is RECTANGULAR. Location of the lower edge of the rectangular collimator with respect to pixels in the image given as row. See Section C.8.7.3.1.1."""

    CenterOfCircularCollimator: Annotated[
        list[vr.IS] | None,
        Attribute(
            0x00181710,
            "IS",
            "2",
            "1C",
            name="Center of Circular Collimator",
            when=("value", 0x00181700, 0, "in", ("CIRCULAR",)),
        ),
    ] = None
    """Center of Circular Collimator (0018,1710): Type 1C, VR IS, VM 2. Required if a value of Collimator Shape (0018,1700) is CIRCULAR. Required if a value of Collimator Shape (0018,1700) is CIRCULAR. Location of the center of the circular collimator with respect to pixels in the image given as row and column. See Section C.8.7.3.1.1."""

    RadiusOfCircularCollimator: Annotated[
        vr.IS | None,
        Attribute(
            0x00181712,
            "IS",
            "1",
            "1C",
            name="Radius of Circular Collimator",
            when=("value", 0x00181700, 0, "in", ("CIRCULAR",)),
        ),
    ] = None
    """Radius of Circular Collimator (0018,1712): Type 1C, VR IS, VM 1. Required if a value of Collimator Shape (0018,1700) is CIRCULAR. Required if a value of Collimator Shape (0018,1700) is CIRCULAR. Radius of the circular collimator with respect to pixels in the image given as a number of pixels along the row direction. See Section C.8.7.3.1.1."""

    VerticesOfThePolygonalCollimator: Annotated[
        list[vr.IS] | None,
        Attribute(
            0x00181720,
            "IS",
            "2-2n",
            "1C",
            name="Vertices of the Polygonal Collimator",
            when=("value", 0x00181700, 0, "in", ("POLYGONAL",)),
        ),
    ] = None
    """Vertices of the Polygonal Collimator (0018,1720): Type 1C, VR IS, VM 2-2n. Required if a value of Collimator Shape (0018,1700) is POLYGONAL. Required if a value of Collimator Shape (0018,1700) is POLYGONAL. Multiple Values where the first set of two values are: row of the origin vertex; column of the origin vertex."""
