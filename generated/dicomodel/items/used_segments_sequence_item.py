"""Item class UsedSegmentsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "UsedSegmentsSequenceItem",
]


class UsedSegmentsSequenceItem(DicomModel):
    """An item of Used Segments Sequence (0062,0012), as first defined in Spatial Registration Module Attributes (C.20.2-1)."""

    dicom_name: ClassVar[str] = "Used Segments Sequence"
    dicom_table: ClassVar[str] = "table_C.20.2-1"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    ReferencedSegmentNumber: Annotated[
        list[vr.US], Attribute(0x0062000B, "US", "1-n", "1", name="Referenced Segment Number")
    ]
    """Referenced Segment Number (0062,000B): Type 1, VR US, VM 1-n. Uniquely identifies the segment described in Segment Sequence (0062,0002) by reference to Segment Number (0062,0004). Referenced Segment Number (0062,000B) shall not be multi-valued."""
