"""Instructions Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.instruction_sequence_item import InstructionSequenceItem
from dicomodel.model import Attribute, DicomModel


class InstructionsModule(DicomModel):
    """Instructions Module Attributes (PS3.3 Table C.34.7-1)."""

    dicom_name: ClassVar[str] = "Instructions"
    dicom_table: ClassVar[str] = "table_C.34.7-1"

    InstructionSequence: Annotated[
        list[InstructionSequenceItem],
        Attribute(0x00189914, "SQ", "1", "1", name="Instruction Sequence"),
    ]
    """Instruction Sequence (0018,9914): Type 1, VR SQ, VM 1. Instructions relating to preparation and performance of the Protocol. See Section C.34.7.1. One or more Items shall be included in this Sequence."""
