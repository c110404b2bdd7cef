"""PET Position Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.ct_position_sequence_item import CTPositionSequenceItem
from dicomodel.model import Attribute, DicomModel


class PETPositionMacro(DicomModel):
    """PET Position Macro Attributes (PS3.3 Table C.8.22-14)."""

    dicom_name: ClassVar[str] = "PET Position"
    dicom_table: ClassVar[str] = "table_C.8.22-14"

    PETPositionSequence: Annotated[
        list[CTPositionSequenceItem],
        Attribute(0x00189735, "SQ", "1", "1", name="PET Position Sequence"),
    ]
    """PET Position Sequence (0018,9735): Type 1, VR SQ, VM 1. Contains the Attributes defining the PET geometry. Only a single Item shall be included in this Sequence."""
