"""Functional MR Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.functional_mr_sequence_item import FunctionalMRSequenceItem
from dicomodel.model import Attribute, DicomModel


class FunctionalMRMacro(DicomModel):
    """Functional MR Macro Attributes (PS3.3 Table C.8-100c)."""

    dicom_name: ClassVar[str] = "Functional MR"
    dicom_table: ClassVar[str] = "table_C.8-100c"

    FunctionalMRSequence: Annotated[
        list[FunctionalMRSequenceItem],
        Attribute(0x00189621, "SQ", "1", "1", name="Functional MR Sequence"),
    ]
    """Functional MR Sequence (0018,9621): Type 1, VR SQ, VM 1. Identifies the Functional parameters of this frame. Only a single Item shall be included in this Sequence."""
