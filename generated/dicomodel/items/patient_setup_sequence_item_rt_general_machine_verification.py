"""Item class PatientSetupSequenceItemRTGeneralMachineVerification.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.fixation_device_sequence_item_rt_general_machine_verification import (
    FixationDeviceSequenceItemRTGeneralMachineVerification,
)
from dicomodel.model import Attribute, DicomModel


class PatientSetupSequenceItemRTGeneralMachineVerification(DicomModel):
    """An item of Patient Setup Sequence (300A,0180), as first defined in RT General Machine Verification Module Attributes (C.31-1)."""

    dicom_name: ClassVar[str] = "Patient Setup Sequence"
    dicom_table: ClassVar[str] = "table_C.31-1"

    PatientSetupNumber: Annotated[
        vr.IS | None, Attribute(0x300A0182, "IS", "1", "3", name="Patient Setup Number")
    ] = None
    """Patient Setup Number (300A,0182): Type -, VR IS, VM 1. Identification number of the Patient Setup."""

    FixationDeviceSequence: Annotated[
        list[FixationDeviceSequenceItemRTGeneralMachineVerification] | None,
        Attribute(0x300A0190, "SQ", "1", "3", name="Fixation Device Sequence"),
    ] = None
    """Fixation Device Sequence (300A,0190): Type -, VR SQ, VM 1. Fixation Devices used in Patient Setup. Zero or more Items shall be included in this Sequence."""
