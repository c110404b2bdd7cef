"""Item class ControlPointDeliverySequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    BeamLimitingDeviceRotationDirection as BeamLimitingDeviceRotationDirection,
)
from dicomodel.enums import BeamStopperPosition as BeamStopperPosition
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import GantryPitchRotationDirection as GantryPitchRotationDirection
from dicomodel.enums import GantryRotationDirection as GantryRotationDirection
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import NominalBeamEnergyUnitTerm as NominalBeamEnergyUnitTerm
from dicomodel.enums import OutlineShapeType as OutlineShapeType
from dicomodel.enums import PatientSupportRotationDirection as PatientSupportRotationDirection
from dicomodel.enums import RTBeamLimitingDeviceType as RTBeamLimitingDeviceType
from dicomodel.enums import TableTopEccentricRotationDirection as TableTopEccentricRotationDirection
from dicomodel.enums import TableTopPitchRotationDirection as TableTopPitchRotationDirection
from dicomodel.enums import TableTopRollRotationDirection as TableTopRollRotationDirection
from dicomodel.enums import WedgePositionRTBeams as WedgePosition
from dicomodel.items import (
    BeamLimitingDevicePositionSequenceItem as BeamLimitingDevicePositionSequenceItem,
)
from dicomodel.items import CodeSequenceItem as InstitutionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PersonIdentificationCodeSequenceItem
from dicomodel.items import ControlPointDeliverySequenceItem as ControlPointDeliverySequenceItem
from dicomodel.items import CorrectedParameterSequenceItem as CorrectedParameterSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import OutlineDefinitionItem as RTBeamDelimiterGeometrySequenceItem
from dicomodel.items import OverrideSequenceItem as OverrideSequenceItem
from dicomodel.items import PersonIdentificationItem as OperatorIdentificationSequenceItem
from dicomodel.items import (
    RTBeamLimitingDeviceOpeningDefinitionItem as EnhancedRTBeamLimitingOpeningSequenceItem,
)
from dicomodel.items import WedgePositionSequenceItemRTBeams as WedgePositionSequenceItem

__all__ = [
    "BeamLimitingDevicePositionSequenceItem",
    "BeamLimitingDeviceRotationDirection",
    "BeamStopperPosition",
    "ContextGroupExtensionFlag",
    "ControlPointDeliverySequenceItem",
    "CorrectedParameterSequenceItem",
    "EnhancedRTBeamLimitingOpeningSequenceItem",
    "EquivalentCodeSequenceItem",
    "GantryPitchRotationDirection",
    "GantryRotationDirection",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "NominalBeamEnergyUnitTerm",
    "OperatorIdentificationSequenceItem",
    "OutlineShapeType",
    "OverrideSequenceItem",
    "PatientSupportRotationDirection",
    "PersonIdentificationCodeSequenceItem",
    "RTBeamDelimiterGeometrySequenceItem",
    "RTBeamLimitingDeviceType",
    "TableTopEccentricRotationDirection",
    "TableTopPitchRotationDirection",
    "TableTopRollRotationDirection",
    "WedgePosition",
    "WedgePositionSequenceItem",
]
