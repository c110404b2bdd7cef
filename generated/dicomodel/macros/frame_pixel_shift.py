"""Frame Pixel Shift Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.frame_pixel_shift_sequence_item import FramePixelShiftSequenceItem
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "FramePixelShiftMacro",
    "FramePixelShiftSequenceItem",
]


class FramePixelShiftMacro(DicomModel):
    """Frame Pixel Shift Macro Attributes (PS3.3 Table C.7.6.16-15)."""

    dicom_name: ClassVar[str] = "Frame Pixel Shift"
    dicom_table: ClassVar[str] = "table_C.7.6.16-15"

    FramePixelShiftSequence: Annotated[
        list[FramePixelShiftSequenceItem],
        Attribute(0x00289415, "SQ", "1", "1", name="Frame Pixel Shift Sequence"),
    ]
    """Frame Pixel Shift Sequence (0028,9415): Type 1, VR SQ, VM 1. Sequence containing the pixel shift for a number of masks for this frame. One or more Items shall be included in this Sequence."""
