"""Item class TimeOfFrameGroupSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "TimeOfFrameGroupSequenceItem",
]


class TimeOfFrameGroupSequenceItem(DicomModel):
    """An item of Time of Frame Group Sequence (0034,000D), as first defined in Time of Frame Functional Group Macro Attributes (C.7.6.16.2.29-1)."""

    dicom_name: ClassVar[str] = "Time of Frame Group Sequence"
    dicom_table: ClassVar[str] = "table_C.7.6.16.2.29-1"

    FrameOriginTimestamp: Annotated[
        vr.OB, Attribute(0x00340007, "OB", "1", "1", name="Frame Origin Timestamp")
    ]
    """Frame Origin Timestamp (0034,0007): Type 1, VR OB, VM 1. This timestamp contains the capture time of the payload content for this frame or audio sample. It is in TAI, not UTC."""
