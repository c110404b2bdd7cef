"""Item class WedgePositionSequenceItemRTConventionalMachineVerification.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import WedgePositionRTBeams as WedgePosition
from dicomodel.items import (
    WedgePositionSequenceItemRTConventionalMachineVerification as WedgePositionSequenceItemRTConventionalMachineVerification,
)

__all__ = ["WedgePosition", "WedgePositionSequenceItemRTConventionalMachineVerification"]
