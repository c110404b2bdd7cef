"""Frame Content Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.frame_content_sequence_item import FrameContentSequenceItem
from dicomodel.model import Attribute, DicomModel


class FrameContentMacro(DicomModel):
    """Frame Content Macro Attributes (PS3.3 Table C.7.6.16-3)."""

    dicom_name: ClassVar[str] = "Frame Content"
    dicom_table: ClassVar[str] = "table_C.7.6.16-3"

    FrameContentSequence: Annotated[
        list[FrameContentSequenceItem],
        Attribute(0x00209111, "SQ", "1", "1", name="Frame Content Sequence"),
    ]
    """Frame Content Sequence (0020,9111): Type 1, VR SQ, VM 1. Identifies general characteristics of this frame. Only a single Item shall be included in this Sequence."""
