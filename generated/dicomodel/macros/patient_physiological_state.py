"""Patient Physiological State Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.patient_physiological_state_sequence_item import (
    PatientPhysiologicalStateSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class PatientPhysiologicalStateMacro(DicomModel):
    """Patient Physiological State Macro Attributes (PS3.3 Table C.7.6.16.2-21)."""

    dicom_name: ClassVar[str] = "Patient Physiological State"
    dicom_table: ClassVar[str] = "table_C.7.6.16.2-21"

    PatientPhysiologicalStateSequence: Annotated[
        list[PatientPhysiologicalStateSequenceItem],
        Attribute(0x00189771, "SQ", "1", "1", name="Patient Physiological State Sequence"),
    ]
    """Patient Physiological State Sequence (0018,9771): Type 1, VR SQ, VM 1. Contains the Attributes describing the physiological state of the patient for this frame. Only a single Item shall be included in this Sequence."""
