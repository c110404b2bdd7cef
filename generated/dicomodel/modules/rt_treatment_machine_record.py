"""RT Treatment Machine Record Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.treatment_machine_sequence_item_rt_treatment_machine_record import (
    TreatmentMachineSequenceItemRTTreatmentMachineRecord,
)
from dicomodel.model import Attribute, DicomModel


class RTTreatmentMachineRecordModule(DicomModel):
    """RT Treatment Machine Record Module Attributes (PS3.3 Table C.8-54)."""

    dicom_name: ClassVar[str] = "RT Treatment Machine Record"
    dicom_table: ClassVar[str] = "table_C.8-54"

    TreatmentMachineSequence: Annotated[
        list[TreatmentMachineSequenceItemRTTreatmentMachineRecord],
        Attribute(0x300A0206, "SQ", "1", "1", name="Treatment Machine Sequence"),
    ]
    """Treatment Machine Sequence (300A,0206): Type 1, VR SQ, VM 1. Sequence describing treatment machine used for treatment delivery. Only a single Item shall be included in this Sequence."""
