"""Item class FixationDeviceSequenceItemRTGeneralMachineVerification.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FixationDeviceType as FixationDeviceType
from dicomodel.items import (
    FixationDeviceSequenceItemRTGeneralMachineVerification as FixationDeviceSequenceItemRTGeneralMachineVerification,
)

__all__ = ["FixationDeviceSequenceItemRTGeneralMachineVerification", "FixationDeviceType"]
