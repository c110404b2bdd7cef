"""Item class TwoDPlaneCoordinatesSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "TwoDPlaneCoordinatesSequenceItem",
]


class TwoDPlaneCoordinatesSequenceItem(DicomModel):
    """An item of 2D Plane Coordinates Sequence (0068,65E0), as first defined in Planning Landmark Plane Macro Attributes (C.29.1.5-4)."""

    dicom_name: ClassVar[str] = "2D Plane Coordinates Sequence"
    dicom_table: ClassVar[str] = "table_C.29.1.5-4"

    ReferencedHPGLDocumentID: Annotated[
        vr.US, Attribute(0x00686440, "US", "1", "1", name="Referenced HPGL Document ID")
    ]
    """Referenced HPGL Document ID (0068,6440): Type 1, VR US, VM 1. Value of the HPGL Document ID (0068,62D0) present in the HPGL Document Sequence (0068,62C0) that contains the 2D Drawing including the planning landmark. Shall be unique within the Sequence."""

    TwoDPlaneIntersection: Annotated[
        list[vr.FD], Attribute(0x006865F0, "FD", "4", "1", name="2D Plane Intersection")
    ]
    """2D Plane Intersection (0068,65F0): Type 1, VR FD, VM 4. 2D Coordinates of the intersection of the plane with the projection plane. Coordinates are measured in Millimeters of the printing space. See Section C.29.1.2.1.1."""
