"""Frame Display Shutter Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.frame_display_shutter_sequence_item import FrameDisplayShutterSequenceItem
from dicomodel.model import Attribute, DicomModel


class FrameDisplayShutterMacro(DicomModel):
    """Frame Display Shutter Macro Attributes (PS3.3 Table C.7.6.16-17)."""

    dicom_name: ClassVar[str] = "Frame Display Shutter"
    dicom_table: ClassVar[str] = "table_C.7.6.16-17"

    FrameDisplayShutterSequence: Annotated[
        list[FrameDisplayShutterSequenceItem],
        Attribute(0x00189472, "SQ", "1", "1", name="Frame Display Shutter Sequence"),
    ]
    """Frame Display Shutter Sequence (0018,9472): Type 1, VR SQ, VM 1. Sequence containing the display shutter parameters for this frame. Only a single Item shall be included in this Sequence."""
