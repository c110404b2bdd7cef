"""Item class IonControlPointSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    BeamLimitingDeviceRotationDirection as BeamLimitingDeviceRotationDirection,
)
from dicomodel.enums import GantryPitchRotationDirection as GantryPitchRotationDirection
from dicomodel.enums import GantryRotationDirection as GantryRotationDirection
from dicomodel.enums import OutlineShapeType as OutlineShapeType
from dicomodel.enums import PatientSupportRotationDirection as PatientSupportRotationDirection
from dicomodel.enums import RTBeamLimitingDeviceType as RTBeamLimitingDeviceType
from dicomodel.enums import ScanSpotReorderingAllowed as ScanSpotReorderingAllowed
from dicomodel.enums import TableTopPitchRotationDirection as TableTopPitchRotationDirection
from dicomodel.enums import TableTopRollRotationDirection as TableTopRollRotationDirection
from dicomodel.enums import WedgePositionRTBeams as WedgePosition
from dicomodel.items import (
    BeamLimitingDevicePositionSequenceItem as BeamLimitingDevicePositionSequenceItem,
)
from dicomodel.items import IonControlPointSequenceItem as IonControlPointSequenceItem
from dicomodel.items import IonWedgePositionSequenceItem as IonWedgePositionSequenceItem
from dicomodel.items import (
    LateralSpreadingDeviceSettingsSequenceItem as LateralSpreadingDeviceSettingsSequenceItem,
)
from dicomodel.items import OutlineDefinitionItem as RTBeamDelimiterGeometrySequenceItem
from dicomodel.items import RangeModulatorSettingsSequenceItem as RangeModulatorSettingsSequenceItem
from dicomodel.items import RangeShifterSettingsSequenceItem as RangeShifterSettingsSequenceItem
from dicomodel.items import (
    ReferencedDoseReferenceSequenceItemRTBeams2 as ReferencedDoseReferenceSequenceItem,
)
from dicomodel.items import (
    RTBeamLimitingDeviceOpeningDefinitionItem as EnhancedRTBeamLimitingOpeningSequenceItem,
)

__all__ = [
    "BeamLimitingDevicePositionSequenceItem",
    "BeamLimitingDeviceRotationDirection",
    "EnhancedRTBeamLimitingOpeningSequenceItem",
    "GantryPitchRotationDirection",
    "GantryRotationDirection",
    "IonControlPointSequenceItem",
    "IonWedgePositionSequenceItem",
    "LateralSpreadingDeviceSettingsSequenceItem",
    "OutlineShapeType",
    "PatientSupportRotationDirection",
    "RTBeamDelimiterGeometrySequenceItem",
    "RTBeamLimitingDeviceType",
    "RangeModulatorSettingsSequenceItem",
    "RangeShifterSettingsSequenceItem",
    "ReferencedDoseReferenceSequenceItem",
    "ScanSpotReorderingAllowed",
    "TableTopPitchRotationDirection",
    "TableTopRollRotationDirection",
    "WedgePosition",
]
