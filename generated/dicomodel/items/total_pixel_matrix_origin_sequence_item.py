"""Item class TotalPixelMatrixOriginSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "TotalPixelMatrixOriginSequenceItem",
]


class TotalPixelMatrixOriginSequenceItem(DicomModel):
    """An item of Total Pixel Matrix Origin Sequence (0048,0008), as first defined in Microscope Slide Layer Tile Organization Module Attributes (C.8.12.14-1)."""

    dicom_name: ClassVar[str] = "Total Pixel Matrix Origin Sequence"
    dicom_table: ClassVar[str] = "table_C.8.12.14-1"

    XOffsetInSlideCoordinateSystem: Annotated[
        vr.DS, Attribute(0x0040072A, "DS", "1", "1", name="X Offset in Slide Coordinate System")
    ]
    """X Offset in Slide Coordinate System (0040,072A): Type 1, VR DS, VM 1. The X offset in millimeters from the Origin of the Slide Coordinate System."""

    YOffsetInSlideCoordinateSystem: Annotated[
        vr.DS, Attribute(0x0040073A, "DS", "1", "1", name="Y Offset in Slide Coordinate System")
    ]
    """Y Offset in Slide Coordinate System (0040,073A): Type 1, VR DS, VM 1. The Y offset in millimeters from the Origin of the Slide Coordinate System."""

    ZOffsetInSlideCoordinateSystem: Annotated[
        vr.DS | None,
        Attribute(
            0x0040074A,
            "DS",
            "1",
            "1C",
            name="Z Offset in Slide Coordinate System",
            when=("unknown", "names no attribute: the Z offset is not zero"),
            otherwise="may",
        ),
    ] = None
    """Z Offset in Slide Coordinate System (0040,074A): Type 1C, VR DS, VM 1. Required if the Z offset is not zero. May be present otherwise. The Z offset in µm from the image substrate reference plane (i.e., utilized surface of a glass slide). Required if the Z offset is not zero. May be present otherwise."""
