"""Item class SegmentIdentificationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "SegmentIdentificationSequenceItem",
]


class SegmentIdentificationSequenceItem(DicomModel):
    """An item of Segment Identification Sequence (0062,000A), as first defined in Segmentation Macro Attributes (C.8.20-3)."""

    dicom_name: ClassVar[str] = "Segment Identification Sequence"
    dicom_table: ClassVar[str] = "table_C.8.20-3"

    ReferencedSegmentNumber: Annotated[
        list[vr.US], Attribute(0x0062000B, "US", "1-n", "1", name="Referenced Segment Number")
    ]
    """Referenced Segment Number (0062,000B): Type 1, VR US, VM 1-n. Uniquely identifies the segment described in Segment Sequence (0062,0002) by reference to Segment Number (0062,0004). Referenced Segment Number (0062,000B) shall not be multi-valued."""
