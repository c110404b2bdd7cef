"""RT Patient Setup Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.patient_setup_sequence_item import PatientSetupSequenceItem
from dicomodel.model import Attribute, DicomModel


class RTPatientSetupModule(DicomModel):
    """RT Patient Setup Module Attributes (PS3.3 Table C.8-48)."""

    dicom_name: ClassVar[str] = "RT Patient Setup"
    dicom_table: ClassVar[str] = "table_C.8-48"

    PatientSetupSequence: Annotated[
        list[PatientSetupSequenceItem],
        Attribute(0x300A0180, "SQ", "1", "1", name="Patient Setup Sequence"),
    ]
    """Patient Setup Sequence (300A,0180): Type 1, VR SQ, VM 1. Sequence of patient setup data for current plan. One or more Items shall be included in this Sequence."""
