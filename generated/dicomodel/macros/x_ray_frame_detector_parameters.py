"""X-Ray Frame Detector Parameters Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.frame_detector_parameters_sequence_item import (
    FrameDetectorParametersSequenceItem,
)
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "FrameDetectorParametersSequenceItem",
    "XRayFrameDetectorParametersMacro",
]


class XRayFrameDetectorParametersMacro(DicomModel):
    """X-Ray Frame Detector Parameters Macro Attributes (PS3.3 Table C.8.19.6-5)."""

    dicom_name: ClassVar[str] = "X-Ray Frame Detector Parameters"
    dicom_table: ClassVar[str] = "table_C.8.19.6-5"

    FrameDetectorParametersSequence: Annotated[
        list[FrameDetectorParametersSequenceItem],
        Attribute(0x00189451, "SQ", "1", "1", name="Frame Detector Parameters Sequence"),
    ]
    """Frame Detector Parameters Sequence (0018,9451): Type 1, VR SQ, VM 1. Sequence containing the detector properties for this frame. Only a single Item shall be included in this Sequence."""
