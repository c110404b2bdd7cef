"""PET Detector Motion Details Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.pet_detector_motion_details_sequence_item import (
    PETDetectorMotionDetailsSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class PETDetectorMotionDetailsMacro(DicomModel):
    """PET Detector Motion Details Macro Attributes (PS3.3 Table C.8.22-12)."""

    dicom_name: ClassVar[str] = "PET Detector Motion Details"
    dicom_table: ClassVar[str] = "table_C.8.22-12"

    PETDetectorMotionDetailsSequence: Annotated[
        list[PETDetectorMotionDetailsSequenceItem],
        Attribute(0x00189733, "SQ", "1", "1", name="PET Detector Motion Details Sequence"),
    ]
    """PET Detector Motion Details Sequence (0018,9733): Type 1, VR SQ, VM 1. Contains the Attributes defining the details of the motion of the Detector. Only a single Item shall be included in this Sequence."""
