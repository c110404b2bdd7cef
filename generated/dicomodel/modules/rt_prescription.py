"""RT Prescription Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.dose_reference_sequence_item import DoseReferenceSequenceItem
from dicomodel.model import Attribute, DicomModel


class RTPrescriptionModule(DicomModel):
    """RT Prescription Module Attributes (PS3.3 Table C.8-46)."""

    dicom_name: ClassVar[str] = "RT Prescription"
    dicom_table: ClassVar[str] = "table_C.8-46"

    PrescriptionDescription: Annotated[
        vr.ST | None, Attribute(0x300A000E, "ST", "1", "3", name="Prescription Description")
    ] = None
    """Prescription Description (300A,000E): Type 3, VR ST, VM 1. User-defined description of treatment prescription."""

    DoseReferenceSequence: Annotated[
        list[DoseReferenceSequenceItem] | None,
        Attribute(0x300A0010, "SQ", "1", "3", name="Dose Reference Sequence"),
    ] = None
    """Dose Reference Sequence (300A,0010): Type 3, VR SQ, VM 1. Sequence of Dose References. One or more Items are permitted in this Sequence."""
