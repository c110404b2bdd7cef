"""CT Reconstruction Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.ct_reconstruction_sequence_item import CTReconstructionSequenceItem
from dicomodel.model import Attribute, DicomModel


class CTReconstructionMacro(DicomModel):
    """CT Reconstruction Macro Attributes (PS3.3 Table C.8-123)."""

    dicom_name: ClassVar[str] = "CT Reconstruction"
    dicom_table: ClassVar[str] = "table_C.8-123"

    CTReconstructionSequence: Annotated[
        list[CTReconstructionSequenceItem],
        Attribute(0x00189314, "SQ", "1", "1", name="CT Reconstruction Sequence"),
    ]
    """CT Reconstruction Sequence (0018,9314): Type 1, VR SQ, VM 1. Contains the Attributes holding information about the reconstruction techniques used. Only a single Item shall be included in this Sequence."""
