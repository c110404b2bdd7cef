"""Item class FrameExtractionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "FrameExtractionSequenceItem",
]


class FrameExtractionSequenceItem(DicomModel):
    """An item of Frame Extraction Sequence (0008,1164), as first defined in Frame Extraction Module Attributes (C.12-9)."""

    dicom_name: ClassVar[str] = "Frame Extraction Sequence"
    dicom_table: ClassVar[str] = "table_C.12-9"

    MultiFrameSourceSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081167, "UI", "1", "1", name="Multi-frame Source SOP Instance UID")
    ]
    """Multi-frame Source SOP Instance UID (0008,1167): Type 1, VR UI, VM 1. SOP Instance from which the frames of this Instance are extracted."""

    SimpleFrameList: Annotated[
        list[vr.UL] | None,
        Attribute(
            0x00081161,
            "UL",
            "1-n",
            "1C",
            name="Simple Frame List",
            when=("unknown", "depends on how the instance was created (frame-level retrieve)"),
        ),
    ] = None
    """Simple Frame List (0008,1161): Type 1C, VR UL, VM 1-n. Required if object extraction is based on a Frame Level Retrieve using the Simple Frame List (0008,1161) Attribute. A list of Frames that were extracted in the form of a simple list. Required if object extraction is based on a Frame Level Retrieve using the Simple Frame List (0008,1161) Attribute."""

    CalculatedFrameList: Annotated[
        list[vr.UL] | None,
        Attribute(
            0x00081162,
            "UL",
            "3-3n",
            "1C",
            name="Calculated Frame List",
            when=("unknown", "depends on how the instance was created (frame-level retrieve)"),
        ),
    ] = None
    """Calculated Frame List (0008,1162): Type 1C, VR UL, VM 3-3n. Required if object extraction is based on a Frame Level Retrieve using the Calculated Frame List (0008,1162) Attribute. A list of Frames that were extracted in the form of one or more triplets Required if object extraction is based on a Frame Level Retrieve using the Calculated Frame List (0008,1162) Attribute."""

    TimeRange: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x00081163,
            "FD",
            "2",
            "1C",
            name="Time Range",
            when=("unknown", "depends on how the instance was created (frame-level retrieve)"),
        ),
    ] = None
    """Time Range (0008,1163): Type 1C, VR FD, VM 2. Required if object extraction is based on a Frame Level Retrieve using Time Range (0008,1163). The start and end times of the frames that were extracted. Required if object extraction is based on a Frame Level Retrieve using Time Range (0008,1163). See PS3.4 \"Instance and Frame Level Retrieve SOP Classes\"."""
