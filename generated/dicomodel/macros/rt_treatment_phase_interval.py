"""RT Treatment Phase Interval Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.rt_treatment_phase_interval_sequence_item import (
    RTTreatmentPhaseIntervalSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class RTTreatmentPhaseIntervalMacro(DicomModel):
    """RT Treatment Phase Interval Macro Attributes (PS3.3 Table C.36.2.1.3-1)."""

    dicom_name: ClassVar[str] = "RT Treatment Phase Interval"
    dicom_table: ClassVar[str] = "table_C.36.2.1.3-1"

    RTTreatmentPhaseIntervalSequence: Annotated[
        list[RTTreatmentPhaseIntervalSequenceItem] | None,
        Attribute(0x3010004E, "SQ", "1", "2", name="RT Treatment Phase Interval Sequence"),
    ]
    """RT Treatment Phase Interval Sequence (3010,004E): Type 2, VR SQ, VM 1. Intervals between treatment phases. Zero or more Items shall be included in this Sequence. See Section C.36.2.1.3.2."""
