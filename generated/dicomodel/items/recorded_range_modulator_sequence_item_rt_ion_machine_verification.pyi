"""Item class RecordedRangeModulatorSequenceItemRTIonMachineVerification.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RangeModulatorTypeTerm as RangeModulatorTypeTerm
from dicomodel.items import (
    RecordedRangeModulatorSequenceItemRTIonMachineVerification as RecordedRangeModulatorSequenceItemRTIonMachineVerification,
)

__all__ = ["RangeModulatorTypeTerm", "RecordedRangeModulatorSequenceItemRTIonMachineVerification"]
