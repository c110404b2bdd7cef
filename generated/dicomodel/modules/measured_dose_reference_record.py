"""Measured Dose Reference Record Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.measured_dose_reference_sequence_item import MeasuredDoseReferenceSequenceItem
from dicomodel.model import Attribute, DicomModel


class MeasuredDoseReferenceRecordModule(DicomModel):
    """Measured Dose Reference Record Module Attributes (PS3.3 Table C.8-55)."""

    dicom_name: ClassVar[str] = "Measured Dose Reference Record"
    dicom_table: ClassVar[str] = "table_C.8-55"

    MeasuredDoseReferenceSequence: Annotated[
        list[MeasuredDoseReferenceSequenceItem],
        Attribute(0x30080010, "SQ", "1", "1", name="Measured Dose Reference Sequence"),
    ]
    """Measured Dose Reference Sequence (3008,0010): Type 1, VR SQ, VM 1. Sequence of doses measured during treatment delivery, summed over entire session. One or more Items shall be included in this Sequence."""
