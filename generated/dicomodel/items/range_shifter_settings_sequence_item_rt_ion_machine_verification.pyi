"""Item class RangeShifterSettingsSequenceItemRTIonMachineVerification.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    RangeShifterSettingsSequenceItemRTIonMachineVerification as RangeShifterSettingsSequenceItemRTIonMachineVerification,
)

__all__ = ["RangeShifterSettingsSequenceItemRTIonMachineVerification"]
