"""Item class IonControlPointVerificationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    BeamLimitingDeviceRotationDirection as BeamLimitingDeviceRotationDirection,
)
from dicomodel.enums import GantryPitchRotationDirection as GantryPitchRotationDirection
from dicomodel.enums import GantryRotationDirection as GantryRotationDirection
from dicomodel.enums import PatientSupportRotationDirection as PatientSupportRotationDirection
from dicomodel.enums import RTBeamLimitingDeviceType as RTBeamLimitingDeviceType
from dicomodel.enums import TableTopPitchRotationDirection as TableTopPitchRotationDirection
from dicomodel.enums import TableTopRollRotationDirection as TableTopRollRotationDirection
from dicomodel.enums import WedgePositionRTBeams as WedgePosition
from dicomodel.items import (
    BeamLimitingDevicePositionSequenceItemRTConventionalMachineVerification as BeamLimitingDevicePositionSequenceItem,
)
from dicomodel.items import (
    IonControlPointVerificationSequenceItem as IonControlPointVerificationSequenceItem,
)
from dicomodel.items import (
    IonWedgePositionSequenceItemRTIonMachineVerification as IonWedgePositionSequenceItem,
)
from dicomodel.items import (
    LateralSpreadingDeviceSettingsSequenceItemRTIonMachineVerification as LateralSpreadingDeviceSettingsSequenceItem,
)
from dicomodel.items import (
    RangeModulatorSettingsSequenceItemRTIonMachineVerification as RangeModulatorSettingsSequenceItem,
)
from dicomodel.items import (
    RangeShifterSettingsSequenceItemRTIonMachineVerification as RangeShifterSettingsSequenceItem,
)

__all__ = [
    "BeamLimitingDevicePositionSequenceItem",
    "BeamLimitingDeviceRotationDirection",
    "GantryPitchRotationDirection",
    "GantryRotationDirection",
    "IonControlPointVerificationSequenceItem",
    "IonWedgePositionSequenceItem",
    "LateralSpreadingDeviceSettingsSequenceItem",
    "PatientSupportRotationDirection",
    "RTBeamLimitingDeviceType",
    "RangeModulatorSettingsSequenceItem",
    "RangeShifterSettingsSequenceItem",
    "TableTopPitchRotationDirection",
    "TableTopRollRotationDirection",
    "WedgePosition",
]
