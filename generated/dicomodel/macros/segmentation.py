"""Segmentation Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.segment_identification_sequence_item import SegmentIdentificationSequenceItem
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "SegmentIdentificationSequenceItem",
    "SegmentationMacro",
]


class SegmentationMacro(DicomModel):
    """Segmentation Macro Attributes (PS3.3 Table C.8.20-3)."""

    dicom_name: ClassVar[str] = "Segmentation"
    dicom_table: ClassVar[str] = "table_C.8.20-3"

    SegmentIdentificationSequence: Annotated[
        list[SegmentIdentificationSequenceItem],
        Attribute(0x0062000A, "SQ", "1", "1", name="Segment Identification Sequence"),
    ]
    """Segment Identification Sequence (0062,000A): Type 1, VR SQ, VM 1. Identifies the characteristics of this frame. Only a single Item shall be included in this Sequence."""
