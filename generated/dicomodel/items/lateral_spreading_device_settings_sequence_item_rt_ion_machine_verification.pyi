"""Item class LateralSpreadingDeviceSettingsSequenceItemRTIonMachineVerification.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    LateralSpreadingDeviceSettingsSequenceItemRTIonMachineVerification as LateralSpreadingDeviceSettingsSequenceItemRTIonMachineVerification,
)

__all__ = ["LateralSpreadingDeviceSettingsSequenceItemRTIonMachineVerification"]
