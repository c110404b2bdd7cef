"""Primary Anatomic Structure Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.primary_anatomic_structure_sequence_item import (
    PrimaryAnatomicStructureSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class PrimaryAnatomicStructureMacro(DicomModel):
    """Primary Anatomic Structure Macro Attributes (PS3.3 Table 10-8)."""

    dicom_name: ClassVar[str] = "Primary Anatomic Structure"
    dicom_table: ClassVar[str] = "table_10-8"

    PrimaryAnatomicStructureSequence: Annotated[
        list[PrimaryAnatomicStructureSequenceItem] | None,
        Attribute(0x00082228, "SQ", "1", "3", name="Primary Anatomic Structure Sequence"),
    ] = None
    """Primary Anatomic Structure Sequence (0008,2228): Type 3, VR SQ, VM 1. Sequence of Items that identifies the primary anatomic structure(s) of interest in this Instance. One or more Items are permitted in this Sequence."""
