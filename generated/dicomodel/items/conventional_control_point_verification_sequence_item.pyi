"""Item class ConventionalControlPointVerificationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    BeamLimitingDeviceRotationDirection as BeamLimitingDeviceRotationDirection,
)
from dicomodel.enums import GantryRotationDirection as GantryRotationDirection
from dicomodel.enums import PatientSupportRotationDirection as PatientSupportRotationDirection
from dicomodel.enums import RTBeamLimitingDeviceType as RTBeamLimitingDeviceType
from dicomodel.enums import TableTopEccentricRotationDirection as TableTopEccentricRotationDirection
from dicomodel.enums import TableTopPitchRotationDirection as TableTopPitchRotationDirection
from dicomodel.enums import TableTopRollRotationDirection as TableTopRollRotationDirection
from dicomodel.enums import WedgePositionRTBeams as WedgePosition
from dicomodel.items import (
    BeamLimitingDevicePositionSequenceItemRTConventionalMachineVerification as BeamLimitingDevicePositionSequenceItem,
)
from dicomodel.items import (
    ConventionalControlPointVerificationSequenceItem as ConventionalControlPointVerificationSequenceItem,
)
from dicomodel.items import (
    WedgePositionSequenceItemRTConventionalMachineVerification as WedgePositionSequenceItem,
)

__all__ = [
    "BeamLimitingDevicePositionSequenceItem",
    "BeamLimitingDeviceRotationDirection",
    "ConventionalControlPointVerificationSequenceItem",
    "GantryRotationDirection",
    "PatientSupportRotationDirection",
    "RTBeamLimitingDeviceType",
    "TableTopEccentricRotationDirection",
    "TableTopPitchRotationDirection",
    "TableTopRollRotationDirection",
    "WedgePosition",
    "WedgePositionSequenceItem",
]
