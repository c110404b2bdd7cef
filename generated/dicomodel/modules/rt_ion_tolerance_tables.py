"""RT Ion Tolerance Tables Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.ion_tolerance_table_sequence_item import IonToleranceTableSequenceItem
from dicomodel.model import Attribute, DicomModel


class RTIonToleranceTablesModule(DicomModel):
    """RT Ion Tolerance Tables Module Attributes (PS3.3 Table C.8.8.24-1)."""

    dicom_name: ClassVar[str] = "RT Ion Tolerance Tables"
    dicom_table: ClassVar[str] = "table_C.8.8.24-1"

    IonToleranceTableSequence: Annotated[
        list[IonToleranceTableSequenceItem],
        Attribute(0x300A03A0, "SQ", "1", "1", name="Ion Tolerance Table Sequence"),
    ]
    """Ion Tolerance Table Sequence (300A,03A0): Type 1, VR SQ, VM 1. Sequence of ion tolerance tables to be used for delivery of treatment plan. One or more Items shall be included in this Sequence. See Note 1."""
