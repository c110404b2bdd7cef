"""Item class RecordedBlockSequenceItemRTGeneralMachineVerification.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    RecordedBlockSequenceItemRTGeneralMachineVerification as RecordedBlockSequenceItemRTGeneralMachineVerification,
)

__all__ = ["RecordedBlockSequenceItemRTGeneralMachineVerification"]
