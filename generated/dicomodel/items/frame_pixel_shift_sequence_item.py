"""Item class FramePixelShiftSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "FramePixelShiftSequenceItem",
]


class FramePixelShiftSequenceItem(DicomModel):
    """An item of Frame Pixel Shift Sequence (0028,9415), as first defined in Frame Pixel Shift Macro Attributes (C.7.6.16-15)."""

    dicom_name: ClassVar[str] = "Frame Pixel Shift Sequence"
    dicom_table: ClassVar[str] = "table_C.7.6.16-15"

    SubtractionItemID: Annotated[
        vr.US, Attribute(0x00289416, "US", "1", "1", name="Subtraction Item ID")
    ]
    """Subtraction Item ID (0028,9416): Type 1, VR US, VM 1. Identifier of the Subtraction Item in the Mask Subtraction Sequence (0028,6100) to which this pixel shift is associated. See Section C.7.6.16.2.14.1."""

    MaskSubPixelShift: Annotated[
        list[vr.FL], Attribute(0x00286114, "FL", "2", "1", name="Mask Sub-pixel Shift")
    ]
    """Mask Sub-pixel Shift (0028,6114): Type 1, VR FL, VM 2. A pair of floating point numbers specifying the fractional vertical [adjacent row spacing] and horizontal [adjacent column spacing] pixel shift applied to the mask before subtracting it from this contrast frame."""
