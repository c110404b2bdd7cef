"""Item class RecordedWedgeSequenceItemRTGeneralMachineVerification.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    RecordedWedgeSequenceItemRTGeneralMachineVerification as RecordedWedgeSequenceItemRTGeneralMachineVerification,
)

__all__ = ["RecordedWedgeSequenceItemRTGeneralMachineVerification"]
