"""RT Treatment Phase Intent Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.intended_rt_treatment_phase_sequence_item import (
    IntendedRTTreatmentPhaseSequenceItem,
)
from dicomodel.items.rt_treatment_phase_interval_sequence_item import (
    RTTreatmentPhaseIntervalSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class RTTreatmentPhaseIntentModule(DicomModel):
    """RT Treatment Phase Intent Module Attributes (PS3.3 Table C.36.7-1)."""

    dicom_name: ClassVar[str] = "RT Treatment Phase Intent"
    dicom_table: ClassVar[str] = "table_C.36.7-1"

    IntendedRTTreatmentPhaseSequence: Annotated[
        list[IntendedRTTreatmentPhaseSequenceItem],
        Attribute(0x3010004B, "SQ", "1", "1", name="Intended RT Treatment Phase Sequence"),
    ]
    """Intended RT Treatment Phase Sequence (3010,004B): Type 1, VR SQ, VM 1. RT Treatment Phase definitions. RT Treatment Phases define the relationships between RT Radiation Set Instances which contain the treatment parameters for the radiation to be concurrently and/or subsequently delivered."""

    RTTreatmentPhaseIntervalSequence: Annotated[
        list[RTTreatmentPhaseIntervalSequenceItem] | None,
        Attribute(0x3010004E, "SQ", "1", "2", name="RT Treatment Phase Interval Sequence"),
    ]
    """RT Treatment Phase Interval Sequence (3010,004E): Type 2, VR SQ, VM 1. Intervals between treatment phases. Zero or more Items shall be included in this Sequence. See Section C.36.2.1.3.2."""
