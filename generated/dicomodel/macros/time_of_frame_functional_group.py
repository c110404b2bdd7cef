"""Time of Frame Functional Group Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.time_of_frame_group_sequence_item import TimeOfFrameGroupSequenceItem
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "TimeOfFrameFunctionalGroupMacro",
    "TimeOfFrameGroupSequenceItem",
]


class TimeOfFrameFunctionalGroupMacro(DicomModel):
    """Time of Frame Functional Group Macro Attributes (PS3.3 Table C.7.6.16.2.29-1)."""

    dicom_name: ClassVar[str] = "Time of Frame Functional Group"
    dicom_table: ClassVar[str] = "table_C.7.6.16.2.29-1"

    TimeOfFrameGroupSequence: Annotated[
        list[TimeOfFrameGroupSequenceItem],
        Attribute(0x0034000D, "SQ", "1", "1", name="Time of Frame Group Sequence"),
    ]
    """Time of Frame Group Sequence (0034,000D): Type 1, VR SQ, VM 1. Time characteristics of the current frame or audio sample. Only a single Item shall be included in this Sequence."""
