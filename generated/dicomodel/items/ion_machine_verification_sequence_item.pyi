"""Item class IonMachineVerificationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    BeamLimitingDeviceRotationDirection as BeamLimitingDeviceRotationDirection,
)
from dicomodel.enums import GantryPitchRotationDirection as GantryPitchRotationDirection
from dicomodel.enums import GantryRotationDirection as GantryRotationDirection
from dicomodel.enums import PatientSupportRotationDirection as PatientSupportRotationDirection
from dicomodel.enums import PatientSupportTypeTerm as PatientSupportTypeTerm
from dicomodel.enums import RangeModulatorTypeTerm as RangeModulatorTypeTerm
from dicomodel.enums import RTBeamLimitingDeviceType as RTBeamLimitingDeviceType
from dicomodel.enums import ScanMode as ScanMode
from dicomodel.enums import TableTopPitchRotationDirection as TableTopPitchRotationDirection
from dicomodel.enums import TableTopRollRotationDirection as TableTopRollRotationDirection
from dicomodel.enums import WedgePositionRTBeams as WedgePosition
from dicomodel.items import (
    BeamLimitingDevicePositionSequenceItemRTConventionalMachineVerification as BeamLimitingDevicePositionSequenceItem,
)
from dicomodel.items import (
    IonControlPointVerificationSequenceItem as IonControlPointVerificationSequenceItem,
)
from dicomodel.items import IonMachineVerificationSequenceItem as IonMachineVerificationSequenceItem
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
from dicomodel.items import (
    RecordedLateralSpreadingDeviceSequenceItemRTIonMachineVerification as RecordedLateralSpreadingDeviceSequenceItem,
)
from dicomodel.items import (
    RecordedRangeModulatorSequenceItemRTIonMachineVerification as RecordedRangeModulatorSequenceItem,
)
from dicomodel.items import (
    RecordedRangeShifterSequenceItemRTIonMachineVerification as RecordedRangeShifterSequenceItem,
)
from dicomodel.items import RecordedSnoutSequenceItem as RecordedSnoutSequenceItem

__all__ = [
    "BeamLimitingDevicePositionSequenceItem",
    "BeamLimitingDeviceRotationDirection",
    "GantryPitchRotationDirection",
    "GantryRotationDirection",
    "IonControlPointVerificationSequenceItem",
    "IonMachineVerificationSequenceItem",
    "IonWedgePositionSequenceItem",
    "LateralSpreadingDeviceSettingsSequenceItem",
    "PatientSupportRotationDirection",
    "PatientSupportTypeTerm",
    "RTBeamLimitingDeviceType",
    "RangeModulatorSettingsSequenceItem",
    "RangeModulatorTypeTerm",
    "RangeShifterSettingsSequenceItem",
    "RecordedLateralSpreadingDeviceSequenceItem",
    "RecordedRangeModulatorSequenceItem",
    "RecordedRangeShifterSequenceItem",
    "RecordedSnoutSequenceItem",
    "ScanMode",
    "TableTopPitchRotationDirection",
    "TableTopRollRotationDirection",
    "WedgePosition",
]
