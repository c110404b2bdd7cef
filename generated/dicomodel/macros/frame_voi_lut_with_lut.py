"""Frame VOI LUT with LUT Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.frame_voilut_sequence_item_frame_voilut_with_lut import (
    FrameVOILUTSequenceItemFrameVOILUTWithLUT,
)
from dicomodel.model import Attribute, DicomModel


class FrameVOILUTWithLUTMacro(DicomModel):
    """Frame VOI LUT with LUT Macro Attributes (PS3.3 Table C.7.6.16-11b)."""

    dicom_name: ClassVar[str] = "Frame VOI LUT with LUT"
    dicom_table: ClassVar[str] = "table_C.7.6.16-11b"

    FrameVOILUTSequence: Annotated[
        list[FrameVOILUTSequenceItemFrameVOILUTWithLUT],
        Attribute(0x00289132, "SQ", "1", "1", name="Frame VOI LUT Sequence"),
    ]
    """Frame VOI LUT Sequence (0028,9132): Type 1, VR SQ, VM 1. The VOI LUT transformations applied to this frame. Only a single Item is permitted in this Sequence."""
