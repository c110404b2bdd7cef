"""Item class ReferencedBolusSequenceItemRTGeneralMachineVerification.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ReferencedBolusSequenceItemRTGeneralMachineVerification as ReferencedBolusSequenceItemRTGeneralMachineVerification,
)

__all__ = ["ReferencedBolusSequenceItemRTGeneralMachineVerification"]
