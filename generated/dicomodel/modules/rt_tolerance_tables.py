"""RT Tolerance Tables Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.tolerance_table_sequence_item import ToleranceTableSequenceItem
from dicomodel.model import Attribute, DicomModel


class RTToleranceTablesModule(DicomModel):
    """RT Tolerance Tables Module Attributes (PS3.3 Table C.8-47)."""

    dicom_name: ClassVar[str] = "RT Tolerance Tables"
    dicom_table: ClassVar[str] = "table_C.8-47"

    ToleranceTableSequence: Annotated[
        list[ToleranceTableSequenceItem] | None,
        Attribute(0x300A0040, "SQ", "1", "3", name="Tolerance Table Sequence"),
    ] = None
    """Tolerance Table Sequence (300A,0040): Type 3, VR SQ, VM 1. Sequence of tolerance tables to be used for delivery of treatment plan. One or more Items are permitted in this Sequence. See Note 1."""
