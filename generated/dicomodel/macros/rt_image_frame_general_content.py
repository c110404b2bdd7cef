"""RT Image Frame General Content Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.rt_image_frame_general_content_sequence_item import (
    RTImageFrameGeneralContentSequenceItem,
)
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "RTImageFrameGeneralContentMacro",
    "RTImageFrameGeneralContentSequenceItem",
]


class RTImageFrameGeneralContentMacro(DicomModel):
    """RT Image Frame General Content Macro Attributes (PS3.3 Table C.36.2.4.8-1)."""

    dicom_name: ClassVar[str] = "RT Image Frame General Content"
    dicom_table: ClassVar[str] = "table_C.36.2.4.8-1"

    RTImageFrameGeneralContentSequence: Annotated[
        list[RTImageFrameGeneralContentSequenceItem],
        Attribute(0x30020102, "SQ", "1", "1", name="RT Image Frame General Content Sequence"),
    ]
    """RT Image Frame General Content Sequence (3002,0102): Type 1, VR SQ, VM 1. Identifies RT-specific characteristics of the frame. Only a single Item shall be included in this Sequence."""
