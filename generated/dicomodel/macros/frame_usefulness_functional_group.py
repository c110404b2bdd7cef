"""Frame Usefulness Functional Group Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.frame_usefulness_group_sequence_item import FrameUsefulnessGroupSequenceItem
from dicomodel.model import Attribute, DicomModel


class FrameUsefulnessFunctionalGroupMacro(DicomModel):
    """Frame Usefulness Functional Group Macro Attributes (PS3.3 Table C.7.6.16.2.27-1)."""

    dicom_name: ClassVar[str] = "Frame Usefulness Functional Group"
    dicom_table: ClassVar[str] = "table_C.7.6.16.2.27-1"

    FrameUsefulnessGroupSequence: Annotated[
        list[FrameUsefulnessGroupSequenceItem],
        Attribute(0x00340009, "SQ", "1", "1", name="Frame Usefulness Group Sequence"),
    ]
    """Frame Usefulness Group Sequence (0034,0009): Type 1, VR SQ, VM 1. Sequence that contains the Functional Groups Sequence Attributes corresponding to the current frame or audio sample. Only a single Item shall be included in this Sequence."""
