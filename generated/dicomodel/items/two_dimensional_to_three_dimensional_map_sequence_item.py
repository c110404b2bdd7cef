"""Item class TwoDimensionalToThreeDimensionalMapSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "TwoDimensionalToThreeDimensionalMapSequenceItem",
]


class TwoDimensionalToThreeDimensionalMapSequenceItem(DicomModel):
    """An item of Two Dimensional to Three Dimensional Map Sequence (0022,1518), as first defined in Wide Field Ophthalmic Photography 3D Coordinates Module Attributes (C.8.17.12-1)."""

    dicom_name: ClassVar[str] = "Two Dimensional to Three Dimensional Map Sequence"
    dicom_table: ClassVar[str] = "table_C.8.17.12-1"

    ReferencedFrameNumber: Annotated[
        list[vr.IS], Attribute(0x00081160, "IS", "1-n", "1", name="Referenced Frame Number")
    ]
    """Referenced Frame Number (0008,1160): Type 1, VR IS, VM 1-n. References one or more frames within this SOP Instance to which this Sequence Item applies. The first frame shall be denoted as frame number one."""

    NumberOfMapPoints: Annotated[
        vr.UL, Attribute(0x00221530, "UL", "1", "1", name="Number of Map Points")
    ]
    """Number of Map Points (0022,1530): Type 1, VR UL, VM 1. The number of points in the map. Shall include one or more points."""

    TwoDimensionalToThreeDimensionalMapData: Annotated[
        vr.OF,
        Attribute(0x00221531, "OF", "1", "1", name="Two Dimensional to Three Dimensional Map Data"),
    ]
    """Two Dimensional to Three Dimensional Map Data (0022,1531): Type 1, VR OF, VM 1. See Section C.8.17.12.1.2 for further explanation."""
