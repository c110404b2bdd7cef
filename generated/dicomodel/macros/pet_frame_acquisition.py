"""PET Frame Acquisition Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.pet_frame_acquisition_sequence_item import PETFrameAcquisitionSequenceItem
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "PETFrameAcquisitionMacro",
    "PETFrameAcquisitionSequenceItem",
]


class PETFrameAcquisitionMacro(DicomModel):
    """PET Frame Acquisition Macro Attributes (PS3.3 Table C.8.22-11)."""

    dicom_name: ClassVar[str] = "PET Frame Acquisition"
    dicom_table: ClassVar[str] = "table_C.8.22-11"

    PETFrameAcquisitionSequence: Annotated[
        list[PETFrameAcquisitionSequenceItem],
        Attribute(0x00189732, "SQ", "1", "1", name="PET Frame Acquisition Sequence"),
    ]
    """PET Frame Acquisition Sequence (0018,9732): Type 1, VR SQ, VM 1. Contains the Attributes defining the PET acquisition mode. Only a single Item shall be included in this Sequence."""
