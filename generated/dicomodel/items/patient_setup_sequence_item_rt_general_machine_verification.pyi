"""Item class PatientSetupSequenceItemRTGeneralMachineVerification.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FixationDeviceType as FixationDeviceType
from dicomodel.items import (
    FixationDeviceSequenceItemRTGeneralMachineVerification as FixationDeviceSequenceItem,
)
from dicomodel.items import (
    PatientSetupSequenceItemRTGeneralMachineVerification as PatientSetupSequenceItemRTGeneralMachineVerification,
)

__all__ = [
    "FixationDeviceSequenceItem",
    "FixationDeviceType",
    "PatientSetupSequenceItemRTGeneralMachineVerification",
]
