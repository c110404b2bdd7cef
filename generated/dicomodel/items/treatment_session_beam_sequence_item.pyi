"""Item class TreatmentSessionBeamSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ApplicatorApertureShapeTerm as ApplicatorApertureShapeTerm
from dicomodel.enums import ApplicatorTypeTerm as ApplicatorTypeTerm
from dicomodel.enums import BeamHoldTransition as BeamHoldTransition
from dicomodel.enums import BeamHoldTransitionTriggerSource as BeamHoldTransitionTriggerSource
from dicomodel.enums import (
    BeamLimitingDeviceRotationDirection as BeamLimitingDeviceRotationDirection,
)
from dicomodel.enums import BeamStopperPosition as BeamStopperPosition
from dicomodel.enums import BeamType as BeamType
from dicomodel.enums import CompensatorTypeTerm as CompensatorTypeTerm
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm
from dicomodel.enums import (
    DoseCalibrationConditionsVerifiedFlag as DoseCalibrationConditionsVerifiedFlag,
)
from dicomodel.enums import (
    EnhancedRTBeamLimitingDeviceDefinitionFlag as EnhancedRTBeamLimitingDeviceDefinitionFlag,
)
from dicomodel.enums import FluenceMode as FluenceMode
from dicomodel.enums import GantryPitchRotationDirection as GantryPitchRotationDirection
from dicomodel.enums import GantryRotationDirection as GantryRotationDirection
from dicomodel.enums import GeneralAccessoryTypeTerm as GeneralAccessoryTypeTerm
from dicomodel.enums import HighDoseTechniqueTypeTerm as HighDoseTechniqueTypeTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import NominalBeamEnergyUnitTerm as NominalBeamEnergyUnitTerm
from dicomodel.enums import OutlineShapeType as OutlineShapeType
from dicomodel.enums import ParallelRTBeamDelimiterOpeningMode as ParallelRTBeamDelimiterOpeningMode
from dicomodel.enums import PatientSupportRotationDirection as PatientSupportRotationDirection
from dicomodel.enums import RadiationTypeTerm as RadiationTypeTerm
from dicomodel.enums import RTBeamLimitingDeviceType as RTBeamLimitingDeviceType
from dicomodel.enums import TableTopEccentricRotationDirection as TableTopEccentricRotationDirection
from dicomodel.enums import TableTopPitchRotationDirection as TableTopPitchRotationDirection
from dicomodel.enums import TableTopRollRotationDirection as TableTopRollRotationDirection
from dicomodel.enums import (
    TreatmentDeliveryTypeTermRTBeamsSessionRecord as TreatmentDeliveryTypeTerm,
)
from dicomodel.enums import TreatmentTerminationStatus as TreatmentTerminationStatus
from dicomodel.enums import TreatmentVerificationStatus as TreatmentVerificationStatus
from dicomodel.enums import ValueType as ValueType
from dicomodel.enums import WedgePositionRTBeams as WedgePosition
from dicomodel.enums import WedgeTypeTerm as WedgeTypeTerm
from dicomodel.items import ApplicatorGeometrySequenceItem as ApplicatorGeometrySequenceItem
from dicomodel.items import ApplicatorSequenceItem as ApplicatorSequenceItem
from dicomodel.items import (
    BeamLimitingDeviceLeafPairsSequenceItem as BeamLimitingDeviceLeafPairsSequenceItem,
)
from dicomodel.items import (
    BeamLimitingDevicePositionSequenceItem as BeamLimitingDevicePositionSequenceItem,
)
from dicomodel.items import CodeSequenceItem as ConceptCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DeviceTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InterlockCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InterlockResolutionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MachineSpecificTreatmentTerminationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import (
    CodeSequenceItem as ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequenceItem,
)
from dicomodel.items import CodeSequenceItem as PersonIdentificationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RTTreatmentTerminationReasonCodeSequenceItem
from dicomodel.items import (
    ContentItem as RadiationDeviceConfigurationAndCommissioningKeySequenceItem,
)
from dicomodel.items import ControlPointDeliverySequenceItem as ControlPointDeliverySequenceItem
from dicomodel.items import CorrectedParameterSequenceItem as CorrectedParameterSequenceItem
from dicomodel.items import DeviceIdentificationItem as BeamHoldOriginatingDeviceSequenceItem
from dicomodel.items import DeviceIdentificationItem as InterlockOriginatingDeviceSequenceItem
from dicomodel.items import (
    DoseCalibrationConditionsSequenceItem as DoseCalibrationConditionsSequenceItem,
)
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    GatingBeamHoldTransitionSequenceItem as GatingBeamHoldTransitionSequenceItem,
)
from dicomodel.items import GeneralAccessorySequenceItem as GeneralAccessorySequenceItem
from dicomodel.items import InterlockItem as InterlockSequenceItem
from dicomodel.items import OutlineDefinitionItem as FixedRTBeamDelimiterDeviceSequenceItem
from dicomodel.items import OutlineDefinitionItem as RTBeamDelimiterGeometrySequenceItem
from dicomodel.items import OverrideSequenceItem as OverrideSequenceItem
from dicomodel.items import (
    ParallelRTBeamDelimiterDeviceSequenceItem as ParallelRTBeamDelimiterDeviceSequenceItem,
)
from dicomodel.items import PersonIdentificationItem as InterlockResolutionUserSequenceItem
from dicomodel.items import PersonIdentificationItem as OperatorIdentificationSequenceItem
from dicomodel.items import PrimaryFluenceModeSequenceItem as PrimaryFluenceModeSequenceItem
from dicomodel.items import RecordedBlockSequenceItem as RecordedBlockSequenceItem
from dicomodel.items import RecordedCompensatorSequenceItem as RecordedCompensatorSequenceItem
from dicomodel.items import RecordedWedgeSequenceItem as RecordedWedgeSequenceItem
from dicomodel.items import (
    ReferencedBolusSequenceItemRTBeamsSessionRecord as ReferencedBolusSequenceItem,
)
from dicomodel.items import (
    ReferencedCalculatedDoseReferenceSequenceItem as ReferencedCalculatedDoseReferenceSequenceItem,
)
from dicomodel.items import (
    ReferencedMeasuredDoseReferenceSequenceItem as ReferencedMeasuredDoseReferenceSequenceItem,
)
from dicomodel.items import ReferencedSOPSequenceItem as ReferencedSOPSequenceItem
from dicomodel.items import (
    ReferencedVerificationImageSequenceItem as ReferencedVerificationImageSequenceItem,
)
from dicomodel.items import (
    RTBeamLimitingDeviceDefinitionItem as EnhancedRTBeamLimitingDeviceSequenceItem,
)
from dicomodel.items import (
    RTBeamLimitingDeviceOpeningDefinitionItem as EnhancedRTBeamLimitingOpeningSequenceItem,
)
from dicomodel.items import SOPInstanceReferenceItem as DefinitionSourceSequenceItem
from dicomodel.items import TreatmentSessionBeamSequenceItem as TreatmentSessionBeamSequenceItem
from dicomodel.items import UDIItem as UDISequenceItem
from dicomodel.items import WedgePositionSequenceItemRTBeams as WedgePositionSequenceItem

__all__ = [
    "ApplicatorApertureShapeTerm",
    "ApplicatorGeometrySequenceItem",
    "ApplicatorSequenceItem",
    "ApplicatorTypeTerm",
    "BeamHoldOriginatingDeviceSequenceItem",
    "BeamHoldTransition",
    "BeamHoldTransitionTriggerSource",
    "BeamLimitingDeviceLeafPairsSequenceItem",
    "BeamLimitingDevicePositionSequenceItem",
    "BeamLimitingDeviceRotationDirection",
    "BeamStopperPosition",
    "BeamType",
    "CompensatorTypeTerm",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "ControlPointDeliverySequenceItem",
    "CorrectedParameterSequenceItem",
    "DefinitionSourceSequenceItem",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "DoseCalibrationConditionsSequenceItem",
    "DoseCalibrationConditionsVerifiedFlag",
    "EnhancedRTBeamLimitingDeviceDefinitionFlag",
    "EnhancedRTBeamLimitingDeviceSequenceItem",
    "EnhancedRTBeamLimitingOpeningSequenceItem",
    "EquivalentCodeSequenceItem",
    "FixedRTBeamDelimiterDeviceSequenceItem",
    "FluenceMode",
    "GantryPitchRotationDirection",
    "GantryRotationDirection",
    "GatingBeamHoldTransitionSequenceItem",
    "GeneralAccessorySequenceItem",
    "GeneralAccessoryTypeTerm",
    "HighDoseTechniqueTypeTerm",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "InterlockCodeSequenceItem",
    "InterlockOriginatingDeviceSequenceItem",
    "InterlockResolutionCodeSequenceItem",
    "InterlockResolutionUserSequenceItem",
    "InterlockSequenceItem",
    "MachineSpecificTreatmentTerminationCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "NominalBeamEnergyUnitTerm",
    "OperatorIdentificationSequenceItem",
    "OutlineShapeType",
    "OverrideSequenceItem",
    "ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequenceItem",
    "ParallelRTBeamDelimiterDeviceSequenceItem",
    "ParallelRTBeamDelimiterOpeningMode",
    "PatientSupportRotationDirection",
    "PersonIdentificationCodeSequenceItem",
    "PrimaryFluenceModeSequenceItem",
    "RTBeamDelimiterGeometrySequenceItem",
    "RTBeamLimitingDeviceType",
    "RTTreatmentTerminationReasonCodeSequenceItem",
    "RadiationDeviceConfigurationAndCommissioningKeySequenceItem",
    "RadiationTypeTerm",
    "RecordedBlockSequenceItem",
    "RecordedCompensatorSequenceItem",
    "RecordedWedgeSequenceItem",
    "ReferencedBolusSequenceItem",
    "ReferencedCalculatedDoseReferenceSequenceItem",
    "ReferencedMeasuredDoseReferenceSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedVerificationImageSequenceItem",
    "TableTopEccentricRotationDirection",
    "TableTopPitchRotationDirection",
    "TableTopRollRotationDirection",
    "TreatmentDeliveryTypeTerm",
    "TreatmentSessionBeamSequenceItem",
    "TreatmentTerminationStatus",
    "TreatmentVerificationStatus",
    "UDISequenceItem",
    "ValueType",
    "WedgePosition",
    "WedgePositionSequenceItem",
    "WedgeTypeTerm",
]
