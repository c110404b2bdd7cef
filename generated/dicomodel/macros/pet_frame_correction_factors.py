"""PET Frame Correction Factors Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.pet_frame_correction_factors_sequence_item import (
    PETFrameCorrectionFactorsSequenceItem,
)
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "PETFrameCorrectionFactorsMacro",
    "PETFrameCorrectionFactorsSequenceItem",
]


class PETFrameCorrectionFactorsMacro(DicomModel):
    """PET Frame Correction Factors Macro Attributes (PS3.3 Table C.8.22-15)."""

    dicom_name: ClassVar[str] = "PET Frame Correction Factors"
    dicom_table: ClassVar[str] = "table_C.8.22-15"

    PETFrameCorrectionFactorsSequence: Annotated[
        list[PETFrameCorrectionFactorsSequenceItem],
        Attribute(0x00189736, "SQ", "1", "1", name="PET Frame Correction Factors Sequence"),
    ]
    """PET Frame Correction Factors Sequence (0018,9736): Type 1, VR SQ, VM 1. Contains the Attributes that describe the correction factors applied to this frame. Only a single Item shall be included in this Sequence."""
