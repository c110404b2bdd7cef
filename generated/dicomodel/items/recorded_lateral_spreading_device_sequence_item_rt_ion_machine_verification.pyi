"""Item class RecordedLateralSpreadingDeviceSequenceItemRTIonMachineVerification.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    RecordedLateralSpreadingDeviceSequenceItemRTIonMachineVerification as RecordedLateralSpreadingDeviceSequenceItemRTIonMachineVerification,
)

__all__ = ["RecordedLateralSpreadingDeviceSequenceItemRTIonMachineVerification"]
