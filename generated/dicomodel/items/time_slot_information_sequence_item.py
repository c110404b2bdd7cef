"""Item class TimeSlotInformationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "TimeSlotInformationSequenceItem",
]


class TimeSlotInformationSequenceItem(DicomModel):
    """An item of Time Slot Information Sequence (0054,0072), as first defined in NM Multi-Gated Acquisition Module Attributes (C.8-13)."""

    dicom_name: ClassVar[str] = "Time Slot Information Sequence"
    dicom_table: ClassVar[str] = "table_C.8-13"

    TimeSlotTime: Annotated[
        vr.DS | None, Attribute(0x00540073, "DS", "1", "3", name="Time Slot Time")
    ] = None
    """Time Slot Time (0054,0073): Type 3, VR DS, VM 1. The total amount of time, in msec, that the acquisition accumulates gamma events into this frame. See Section C.8.4.13.1.2."""
