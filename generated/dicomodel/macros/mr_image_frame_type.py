"""MR Image Frame Type Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.mr_image_frame_type_sequence_item import MRImageFrameTypeSequenceItem
from dicomodel.model import Attribute, DicomModel


class MRImageFrameTypeMacro(DicomModel):
    """MR Image Frame Type Macro Attributes (PS3.3 Table C.8-88)."""

    dicom_name: ClassVar[str] = "MR Image Frame Type"
    dicom_table: ClassVar[str] = "table_C.8-88"

    MRImageFrameTypeSequence: Annotated[
        list[MRImageFrameTypeSequenceItem],
        Attribute(0x00189226, "SQ", "1", "1", name="MR Image Frame Type Sequence"),
    ]
    """MR Image Frame Type Sequence (0018,9226): Type 1, VR SQ, VM 1. Identifies the characteristics of this frame. Only a single Item shall be included in this Sequence."""
