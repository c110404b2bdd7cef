"""X-Ray Frame Acquisition Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.frame_acquisition_sequence_item import FrameAcquisitionSequenceItem
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "FrameAcquisitionSequenceItem",
    "XRayFrameAcquisitionMacro",
]


class XRayFrameAcquisitionMacro(DicomModel):
    """X-Ray Frame Acquisition Macro Attributes (PS3.3 Table C.8.19.6-8)."""

    dicom_name: ClassVar[str] = "X-Ray Frame Acquisition"
    dicom_table: ClassVar[str] = "table_C.8.19.6-8"

    FrameAcquisitionSequence: Annotated[
        list[FrameAcquisitionSequenceItem],
        Attribute(0x00189417, "SQ", "1", "1", name="Frame Acquisition Sequence"),
    ]
    """Frame Acquisition Sequence (0018,9417): Type 1, VR SQ, VM 1. Sequence containing the acquisition parameters for this frame. Only a single Item shall be included in this Sequence."""
