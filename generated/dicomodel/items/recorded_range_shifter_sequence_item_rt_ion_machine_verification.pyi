"""Item class RecordedRangeShifterSequenceItemRTIonMachineVerification.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    RecordedRangeShifterSequenceItemRTIonMachineVerification as RecordedRangeShifterSequenceItemRTIonMachineVerification,
)

__all__ = ["RecordedRangeShifterSequenceItemRTIonMachineVerification"]
