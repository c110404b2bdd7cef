"""RT Enhanced Prescription Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.dosimetric_objective_sequence_item import DosimetricObjectiveSequenceItem
from dicomodel.items.rt_prescription_sequence_item import RTPrescriptionSequenceItem
from dicomodel.model import Attribute, DicomModel


class RTEnhancedPrescriptionModule(DicomModel):
    """RT Enhanced Prescription Module Attributes (PS3.3 Table C.36.6-1)."""

    dicom_name: ClassVar[str] = "RT Enhanced Prescription"
    dicom_table: ClassVar[str] = "table_C.36.6-1"

    RTPrescriptionSequence: Annotated[
        list[RTPrescriptionSequenceItem],
        Attribute(0x3010006B, "SQ", "1", "1", name="RT Prescription Sequence"),
    ]
    """RT Prescription Sequence (3010,006B): Type 1, VR SQ, VM 1. Prescriptions to deliver therapeutic radiation. One or more Items shall be included in this Sequence."""

    DosimetricObjectiveSequence: Annotated[
        list[DosimetricObjectiveSequenceItem] | None,
        Attribute(
            0x3010006C,
            "SQ",
            "1",
            "1C",
            name="Dosimetric Objective Sequence",
            when=("unknown", "depends on the objective referenced"),
        ),
    ] = None
    """Dosimetric Objective Sequence (3010,006C): Type 1C, VR SQ, VM 1. Required if any Item in the Referenced Dosimetric Objectives Sequence (3010,0071) references a Dosimetric Objective. Dosimetric Objectives defined for one or more prescription within module. Each Dosimetric Objective referenced in the Referenced Dosimetric Objectives Sequence (3010,0071) shall have a corresponding Item in this Sequence."""
