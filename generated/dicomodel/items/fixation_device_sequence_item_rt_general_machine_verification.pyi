"""Item class FixationDeviceSequenceItemRTGeneralMachineVerification.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FixationDeviceType as FixationDeviceType
from dicomodel.enums import FixationDeviceTypeValue as _FixationDeviceTypeValue
from dicomodel.items import (
    FixationDeviceSequenceItemRTGeneralMachineVerification as FixationDeviceSequenceItemRTGeneralMachineVerification,
)

__all__ = ["FixationDeviceSequenceItemRTGeneralMachineVerification", "FixationDeviceType"]
