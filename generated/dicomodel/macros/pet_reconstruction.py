"""PET Reconstruction Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.pet_reconstruction_sequence_item import PETReconstructionSequenceItem
from dicomodel.model import Attribute, DicomModel


class PETReconstructionMacro(DicomModel):
    """PET Reconstruction Macro Attributes (PS3.3 Table C.8.22-17)."""

    dicom_name: ClassVar[str] = "PET Reconstruction"
    dicom_table: ClassVar[str] = "table_C.8.22-17"

    PETReconstructionSequence: Annotated[
        list[PETReconstructionSequenceItem],
        Attribute(0x00189749, "SQ", "1", "1", name="PET Reconstruction Sequence"),
    ]
    """PET Reconstruction Sequence (0018,9749): Type 1, VR SQ, VM 1. Contains the Attributes describing the reconstruction process for this frame. Only a single Item shall be included in this Sequence."""
