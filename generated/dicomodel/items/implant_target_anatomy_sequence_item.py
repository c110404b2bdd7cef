"""Item class ImplantTargetAnatomySequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class ImplantTargetAnatomySequenceItem(DicomModel):
    """An item of Implant Target Anatomy Sequence (0068,6230), as first defined in Generic Implant Template Description Module Attributes (C.29.1.1-1)."""

    dicom_name: ClassVar[str] = "Implant Target Anatomy Sequence"
    dicom_table: ClassVar[str] = "table_C.29.1.1-1"

    AnatomicRegionSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x00082218, "SQ", "1", "1", name="Anatomic Region Sequence"),
    ]
    """Anatomic Region Sequence (0008,2218): Type 1, VR SQ, VM 1. Sequence that identifies the anatomic region of interest in this Instance (i.e., external anatomy, surface anatomy, or general region of the body). Only a single Item shall be included in this Sequence."""
