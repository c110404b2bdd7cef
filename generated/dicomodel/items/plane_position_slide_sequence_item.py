"""Item class PlanePositionSlideSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "PlanePositionSlideSequenceItem",
]


class PlanePositionSlideSequenceItem(DicomModel):
    """An item of Plane Position (Slide) Sequence (0048,021A), as first defined in Plane Position (Slide) Macro Attributes (C.8.12.6.1-1)."""

    dicom_name: ClassVar[str] = "Plane Position (Slide) Sequence"
    dicom_table: ClassVar[str] = "table_C.8.12.6.1-1"

    ColumnPositionInTotalImagePixelMatrix: Annotated[
        vr.SL,
        Attribute(0x0048021E, "SL", "1", "1", name="Column Position In Total Image Pixel Matrix"),
    ]
    """Column Position In Total Image Pixel Matrix (0048,021E): Type 1, VR SL, VM 1. The column position of the top left hand pixel of the frame in the Total Pixel Matrix (see Section C.8.12.4.1.1). The column position of the top left pixel of the Total Pixel Matrix is 1."""

    RowPositionInTotalImagePixelMatrix: Annotated[
        vr.SL,
        Attribute(0x0048021F, "SL", "1", "1", name="Row Position In Total Image Pixel Matrix"),
    ]
    """Row Position In Total Image Pixel Matrix (0048,021F): Type 1, VR SL, VM 1. The row position of the top left hand pixel of the frame in the Total Pixel Matrix (see Section C.8.12.4.1.1). The row position of the top left pixel of the Total Pixel Matrix is 1."""

    XOffsetInSlideCoordinateSystem: Annotated[
        vr.DS, Attribute(0x0040072A, "DS", "1", "1", name="X Offset in Slide Coordinate System")
    ]
    """X Offset in Slide Coordinate System (0040,072A): Type 1, VR DS, VM 1. The X offset in mm from the Origin of the Slide Coordinate System. See Figure C.8-16."""

    YOffsetInSlideCoordinateSystem: Annotated[
        vr.DS, Attribute(0x0040073A, "DS", "1", "1", name="Y Offset in Slide Coordinate System")
    ]
    """Y Offset in Slide Coordinate System (0040,073A): Type 1, VR DS, VM 1. The Y offset in mm from the Origin of the Slide Coordinate System. See Figure C.8-16."""

    ZOffsetInSlideCoordinateSystem: Annotated[
        vr.DS, Attribute(0x0040074A, "DS", "1", "1", name="Z Offset in Slide Coordinate System")
    ]
    """Z Offset in Slide Coordinate System (0040,074A): Type 1, VR DS, VM 1. The Z offset in µm from the Origin of the Slide Coordinate System, nominally the surface of the glass slide substrate. See Figure C.8-17 Required even if only a single focal plane was acquired."""
