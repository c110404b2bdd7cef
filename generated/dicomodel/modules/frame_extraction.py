"""Frame Extraction Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.frame_extraction_sequence_item import FrameExtractionSequenceItem
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "FrameExtractionModule",
    "FrameExtractionSequenceItem",
]


class FrameExtractionModule(DicomModel):
    """Frame Extraction Module Attributes (PS3.3 Table C.12-9)."""

    dicom_name: ClassVar[str] = "Frame Extraction"
    dicom_table: ClassVar[str] = "table_C.12-9"

    FrameExtractionSequence: Annotated[
        list[FrameExtractionSequenceItem],
        Attribute(0x00081164, "SQ", "1", "1", name="Frame Extraction Sequence"),
    ]
    """Frame Extraction Sequence (0008,1164): Type 1, VR SQ, VM 1. Sequence containing details of how this SOP Instance was extracted from a source multi-frame SOP Instance. If this Instance was created from an Instance that contains a Frame Extraction Sequence, then this Sequence shall contain all of the..."""
