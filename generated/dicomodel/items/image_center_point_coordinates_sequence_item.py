"""Item class ImageCenterPointCoordinatesSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ImageCenterPointCoordinatesSequenceItem",
]


class ImageCenterPointCoordinatesSequenceItem(DicomModel):
    """An item of Image Center Point Coordinates Sequence (0040,071A), as first defined in Slide Coordinates Module Attributes (C.8-78)."""

    dicom_name: ClassVar[str] = "Image Center Point Coordinates Sequence"
    dicom_table: ClassVar[str] = "table_C.8-78"

    XOffsetInSlideCoordinateSystem: Annotated[
        vr.DS, Attribute(0x0040072A, "DS", "1", "1", name="X Offset in Slide Coordinate System")
    ]
    """X Offset in Slide Coordinate System (0040,072A): Type 1, VR DS, VM 1. The X offset in millimeters from the Origin of the Slide Coordinate System. See Figure C.8-16."""

    YOffsetInSlideCoordinateSystem: Annotated[
        vr.DS, Attribute(0x0040073A, "DS", "1", "1", name="Y Offset in Slide Coordinate System")
    ]
    """Y Offset in Slide Coordinate System (0040,073A): Type 1, VR DS, VM 1. The Y offset in millimeters from the Origin of the Slide Coordinate System. See Figure C.8-16."""

    ZOffsetInSlideCoordinateSystem: Annotated[
        vr.DS | None,
        Attribute(0x0040074A, "DS", "1", "2", name="Z Offset in Slide Coordinate System"),
    ]
    """Z Offset in Slide Coordinate System (0040,074A): Type 2, VR DS, VM 1. The Z offset in µm from the image substrate reference plane (i.e., utilized surface of a glass slide). The use of units of microns is inconsistent with the use of millimeters for Point Coordinates Data (0066,0016), Double Point Coordinates..."""
