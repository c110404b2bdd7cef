"""Item class TwoDLineCoordinatesSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "TwoDLineCoordinatesSequenceItem",
]


class TwoDLineCoordinatesSequenceItem(DicomModel):
    """An item of 2D Line Coordinates Sequence (0068,65A0), as first defined in Planning Landmark Line Macro Attributes (C.29.1.5-3)."""

    dicom_name: ClassVar[str] = "2D Line Coordinates Sequence"
    dicom_table: ClassVar[str] = "table_C.29.1.5-3"

    ReferencedHPGLDocumentID: Annotated[
        vr.US, Attribute(0x00686440, "US", "1", "1", name="Referenced HPGL Document ID")
    ]
    """Referenced HPGL Document ID (0068,6440): Type 1, VR US, VM 1. Value of the HPGL Document ID (0068,62D0) present in the HPGL Document Sequence (0068,62C0) that contains the 2D Drawing including the planning landmark. Shall be unique within the Sequence."""

    TwoDLineCoordinates: Annotated[
        list[vr.FD], Attribute(0x006865B0, "FD", "4", "1", name="2D Line Coordinates")
    ]
    """2D Line Coordinates (0068,65B0): Type 1, VR FD, VM 4. Coordinates of the line in the HPGL document. Coordinates are measured in millimeters of the printing space. See Section C.29.1.2.1.1."""
