"""Item class RegionPixelShiftSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "RegionPixelShiftSequenceItem",
]


class RegionPixelShiftSequenceItem(DicomModel):
    """An item of Region Pixel Shift Sequence (0028,9502), as first defined in XA/XRF Presentation State Mask Module Attributes (C.11.19-1)."""

    dicom_name: ClassVar[str] = "Region Pixel Shift Sequence"
    dicom_table: ClassVar[str] = "table_C.11.19-1"

    MaskSubPixelShift: Annotated[
        list[vr.FL], Attribute(0x00286114, "FL", "2", "1", name="Mask Sub-pixel Shift")
    ]
    """Mask Sub-pixel Shift (0028,6114): Type 1, VR FL, VM 2. A pair of floating point numbers specifying the fractional vertical [adjacent row spacing] and horizontal [adjacent column spacing] pixel shift applied to the mask before subtracting it from the region of the frame numbers specified by Pixe..."""

    VerticesOfTheRegion: Annotated[
        list[vr.SS] | None,
        Attribute(
            0x00289503,
            "SS",
            "2-2n",
            "1C",
            name="Vertices of the Region",
            when=(
                "unknown",
                "names no attribute: the pixel shift does not apply to the entire set of pixels of the frames",
            ),
        ),
    ] = None
    """Vertices of the Region (0028,9503): Type 1C, VR SS, VM 2-2n. Required if the pixel shift does not apply to the entire set of pixels of the frames. Multiple Values where the first set of two values are: row of the origin vertexcolumn of the origin vertex Two or more pairs of values follow and are the row and column coordinates of the other vertices of the polygon region."""
