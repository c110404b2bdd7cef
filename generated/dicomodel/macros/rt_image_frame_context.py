"""RT Image Frame Context Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.rt_image_frame_context_sequence_item import RTImageFrameContextSequenceItem
from dicomodel.model import Attribute, DicomModel


class RTImageFrameContextMacro(DicomModel):
    """RT Image Frame Context Macro Attributes (PS3.3 Table C.36.2.4.11-1)."""

    dicom_name: ClassVar[str] = "RT Image Frame Context"
    dicom_table: ClassVar[str] = "table_C.36.2.4.11-1"

    RTImageFrameContextSequence: Annotated[
        list[RTImageFrameContextSequenceItem],
        Attribute(0x30020103, "SQ", "1", "1", name="RT Image Frame Context Sequence"),
    ]
    """RT Image Frame Context Sequence (3002,0103): Type 1, VR SQ, VM 1. Contextual information of the frame. Only a single Item shall be included in this Sequence."""
