"""Item class PatientPhysiologicalStateSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class PatientPhysiologicalStateSequenceItem(DicomModel):
    """An item of Patient Physiological State Sequence (0018,9771), as first defined in Patient Physiological State Macro Attributes (C.7.6.16.2-21)."""

    dicom_name: ClassVar[str] = "Patient Physiological State Sequence"
    dicom_table: ClassVar[str] = "table_C.7.6.16.2-21"

    PatientPhysiologicalStateCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x00189772, "SQ", "1", "1", name="Patient Physiological State Code Sequence"),
    ]
    """Patient Physiological State Code Sequence (0018,9772): Type 1, VR SQ, VM 1. The physiological state of the patient. Only a single Item shall be included in this Sequence."""
