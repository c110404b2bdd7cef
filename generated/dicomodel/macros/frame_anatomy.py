"""Frame Anatomy Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.frame_anatomy_sequence_item import FrameAnatomySequenceItem
from dicomodel.model import Attribute, DicomModel


class FrameAnatomyMacro(DicomModel):
    """Frame Anatomy Macro Attributes (PS3.3 Table C.7.6.16-9)."""

    dicom_name: ClassVar[str] = "Frame Anatomy"
    dicom_table: ClassVar[str] = "table_C.7.6.16-9"

    FrameAnatomySequence: Annotated[
        list[FrameAnatomySequenceItem],
        Attribute(0x00209071, "SQ", "1", "1", name="Frame Anatomy Sequence"),
    ]
    """Frame Anatomy Sequence (0020,9071): Type 1, VR SQ, VM 1. Identifies anatomic characteristics of this frame. Only a single Item shall be included in this Sequence."""
