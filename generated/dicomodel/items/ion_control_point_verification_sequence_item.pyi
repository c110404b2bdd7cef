"""Item class IonControlPointVerificationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    BeamLimitingDeviceRotationDirection as BeamLimitingDeviceRotationDirection,
)
from dicomodel.enums import (
    BeamLimitingDeviceRotationDirectionValue as _BeamLimitingDeviceRotationDirectionValue,
)
from dicomodel.enums import GantryPitchRotationDirection as GantryPitchRotationDirection
from dicomodel.enums import GantryPitchRotationDirectionValue as _GantryPitchRotationDirectionValue
from dicomodel.enums import GantryRotationDirection as GantryRotationDirection
from dicomodel.enums import GantryRotationDirectionValue as _GantryRotationDirectionValue
from dicomodel.enums import PatientSupportRotationDirection as PatientSupportRotationDirection
from dicomodel.enums import (
    PatientSupportRotationDirectionValue as _PatientSupportRotationDirectionValue,
)
from dicomodel.enums import RTBeamLimitingDeviceType as RTBeamLimitingDeviceType
from dicomodel.enums import TableTopPitchRotationDirection as TableTopPitchRotationDirection
from dicomodel.enums import (
    TableTopPitchRotationDirectionValue as _TableTopPitchRotationDirectionValue,
)
from dicomodel.enums import TableTopRollRotationDirection as TableTopRollRotationDirection
from dicomodel.enums import (
    TableTopRollRotationDirectionValue as _TableTopRollRotationDirectionValue,
)
from dicomodel.enums import WedgePositionRTBeams as WedgePosition
from dicomodel.items import (
    BeamLimitingDevicePositionSequenceItemRTConventionalMachineVerification as BeamLimitingDevicePositionSequenceItem,
)
from dicomodel.items import (
    BeamLimitingDevicePositionSequenceItemRTConventionalMachineVerification as _BeamLimitingDevicePositionSequenceItemRTConventionalMachineVerification,
)
from dicomodel.items import (
    IonControlPointVerificationSequenceItem as IonControlPointVerificationSequenceItem,
)
from dicomodel.items import (
    IonWedgePositionSequenceItemRTIonMachineVerification as IonWedgePositionSequenceItem,
)
from dicomodel.items import (
    IonWedgePositionSequenceItemRTIonMachineVerification as _IonWedgePositionSequenceItemRTIonMachineVerification,
)
from dicomodel.items import (
    LateralSpreadingDeviceSettingsSequenceItemRTIonMachineVerification as LateralSpreadingDeviceSettingsSequenceItem,
)
from dicomodel.items import (
    LateralSpreadingDeviceSettingsSequenceItemRTIonMachineVerification as _LateralSpreadingDeviceSettingsSequenceItemRTIonMachineVerification,
)
from dicomodel.items import (
    RangeModulatorSettingsSequenceItemRTIonMachineVerification as RangeModulatorSettingsSequenceItem,
)
from dicomodel.items import (
    RangeModulatorSettingsSequenceItemRTIonMachineVerification as _RangeModulatorSettingsSequenceItemRTIonMachineVerification,
)
from dicomodel.items import (
    RangeShifterSettingsSequenceItemRTIonMachineVerification as RangeShifterSettingsSequenceItem,
)
from dicomodel.items import (
    RangeShifterSettingsSequenceItemRTIonMachineVerification as _RangeShifterSettingsSequenceItemRTIonMachineVerification,
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
