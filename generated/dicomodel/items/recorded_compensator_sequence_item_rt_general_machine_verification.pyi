"""Item class RecordedCompensatorSequenceItemRTGeneralMachineVerification.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    RecordedCompensatorSequenceItemRTGeneralMachineVerification as RecordedCompensatorSequenceItemRTGeneralMachineVerification,
)

__all__ = ["RecordedCompensatorSequenceItemRTGeneralMachineVerification"]
