"""Item class IonControlPointDeliverySequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    BeamLimitingDeviceRotationDirection as BeamLimitingDeviceRotationDirection,
)
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import GantryPitchRotationDirection as GantryPitchRotationDirection
from dicomodel.enums import GantryRotationDirection as GantryRotationDirection
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import OutlineShapeType as OutlineShapeType
from dicomodel.enums import PatientSupportRotationDirection as PatientSupportRotationDirection
from dicomodel.enums import RTBeamLimitingDeviceType as RTBeamLimitingDeviceType
from dicomodel.enums import ScanSpotReordered as ScanSpotReordered
from dicomodel.enums import TableTopPitchRotationDirection as TableTopPitchRotationDirection
from dicomodel.enums import TableTopRollRotationDirection as TableTopRollRotationDirection
from dicomodel.enums import WedgePositionRTBeams as WedgePosition
from dicomodel.items import (
    BeamLimitingDevicePositionSequenceItem as BeamLimitingDevicePositionSequenceItem,
)
from dicomodel.items import CodeSequenceItem as InstitutionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PersonIdentificationCodeSequenceItem
from dicomodel.items import CorrectedParameterSequenceItem as CorrectedParameterSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    IonControlPointDeliverySequenceItem as IonControlPointDeliverySequenceItem,
)
from dicomodel.items import IonWedgePositionSequenceItem as IonWedgePositionSequenceItem
from dicomodel.items import (
    LateralSpreadingDeviceSettingsSequenceItemRTIonBeamsSessionRecord as LateralSpreadingDeviceSettingsSequenceItem,
)
from dicomodel.items import OutlineDefinitionItem as RTBeamDelimiterGeometrySequenceItem
from dicomodel.items import OverrideSequenceItemRTIonBeamsSessionRecord as OverrideSequenceItem
from dicomodel.items import PersonIdentificationItem as OperatorIdentificationSequenceItem
from dicomodel.items import (
    RangeModulatorSettingsSequenceItemRTIonBeamsSessionRecord as RangeModulatorSettingsSequenceItem,
)
from dicomodel.items import (
    RangeShifterSettingsSequenceItemRTIonBeamsSessionRecord as RangeShifterSettingsSequenceItem,
)
from dicomodel.items import (
    RTBeamLimitingDeviceOpeningDefinitionItem as EnhancedRTBeamLimitingOpeningSequenceItem,
)

__all__ = [
    "BeamLimitingDevicePositionSequenceItem",
    "BeamLimitingDeviceRotationDirection",
    "ContextGroupExtensionFlag",
    "CorrectedParameterSequenceItem",
    "EnhancedRTBeamLimitingOpeningSequenceItem",
    "EquivalentCodeSequenceItem",
    "GantryPitchRotationDirection",
    "GantryRotationDirection",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "IonControlPointDeliverySequenceItem",
    "IonWedgePositionSequenceItem",
    "LateralSpreadingDeviceSettingsSequenceItem",
    "MappingResourceTerm",
    "OperatorIdentificationSequenceItem",
    "OutlineShapeType",
    "OverrideSequenceItem",
    "PatientSupportRotationDirection",
    "PersonIdentificationCodeSequenceItem",
    "RTBeamDelimiterGeometrySequenceItem",
    "RTBeamLimitingDeviceType",
    "RangeModulatorSettingsSequenceItem",
    "RangeShifterSettingsSequenceItem",
    "ScanSpotReordered",
    "TableTopPitchRotationDirection",
    "TableTopRollRotationDirection",
    "WedgePosition",
]
