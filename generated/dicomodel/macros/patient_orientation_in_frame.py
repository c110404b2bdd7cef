"""Patient Orientation in Frame Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.patient_orientation_in_frame_sequence_item import (
    PatientOrientationInFrameSequenceItem,
)
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "PatientOrientationInFrameMacro",
    "PatientOrientationInFrameSequenceItem",
]


class PatientOrientationInFrameMacro(DicomModel):
    """Patient Orientation in Frame Macro Attributes (PS3.3 Table C.7.6.16-16)."""

    dicom_name: ClassVar[str] = "Patient Orientation in Frame"
    dicom_table: ClassVar[str] = "table_C.7.6.16-16"

    PatientOrientationInFrameSequence: Annotated[
        list[PatientOrientationInFrameSequenceItem],
        Attribute(0x00209450, "SQ", "1", "1", name="Patient Orientation in Frame Sequence"),
    ]
    """Patient Orientation in Frame Sequence (0020,9450): Type 1, VR SQ, VM 1. Sequence containing the row and column directions for this frame in the patient. Only a single Item shall be included in this Sequence."""
