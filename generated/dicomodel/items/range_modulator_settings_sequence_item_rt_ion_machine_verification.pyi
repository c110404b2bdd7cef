"""Item class RangeModulatorSettingsSequenceItemRTIonMachineVerification.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    RangeModulatorSettingsSequenceItemRTIonMachineVerification as RangeModulatorSettingsSequenceItemRTIonMachineVerification,
)

__all__ = ["RangeModulatorSettingsSequenceItemRTIonMachineVerification"]
