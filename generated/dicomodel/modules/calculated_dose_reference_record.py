"""Calculated Dose Reference Record Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.calculated_dose_reference_sequence_item import (
    CalculatedDoseReferenceSequenceItem,
)
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "CalculatedDoseReferenceRecordModule",
    "CalculatedDoseReferenceSequenceItem",
]


class CalculatedDoseReferenceRecordModule(DicomModel):
    """Calculated Dose Reference Record Module Attributes (PS3.3 Table C.8-56)."""

    dicom_name: ClassVar[str] = "Calculated Dose Reference Record"
    dicom_table: ClassVar[str] = "table_C.8-56"

    CalculatedDoseReferenceSequence: Annotated[
        list[CalculatedDoseReferenceSequenceItem],
        Attribute(0x30080070, "SQ", "1", "1", name="Calculated Dose Reference Sequence"),
    ]
    """Calculated Dose Reference Sequence (3008,0070): Type 1, VR SQ, VM 1. Sequence of doses estimated for each treatment delivery. One or more Items shall be included in this Sequence."""
