"""Item class TreatmentSessionIonBeamSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ApplicatorTypeTermRTIonBeams as ApplicatorTypeTerm
from dicomodel.enums import (
    BeamLimitingDeviceRotationDirection as BeamLimitingDeviceRotationDirection,
)
from dicomodel.enums import BeamType as BeamType
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import (
    DeliveredReferenceDoseDefinitionTerm as DeliveredReferenceDoseDefinitionTerm,
)
from dicomodel.enums import DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm
from dicomodel.enums import (
    EnhancedRTBeamLimitingDeviceDefinitionFlag as EnhancedRTBeamLimitingDeviceDefinitionFlag,
)
from dicomodel.enums import FixationEye as FixationEye
from dicomodel.enums import GantryPitchRotationDirection as GantryPitchRotationDirection
from dicomodel.enums import GantryRotationDirection as GantryRotationDirection
from dicomodel.enums import GeneralAccessoryTypeTerm as GeneralAccessoryTypeTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import ModulatedScanModeTypeTerm as ModulatedScanModeTypeTerm
from dicomodel.enums import OutlineShapeType as OutlineShapeType
from dicomodel.enums import ParallelRTBeamDelimiterOpeningMode as ParallelRTBeamDelimiterOpeningMode
from dicomodel.enums import PatientSupportRotationDirection as PatientSupportRotationDirection
from dicomodel.enums import PatientSupportTypeTerm as PatientSupportTypeTerm
from dicomodel.enums import RadiationTypeTermRTIonBeams as RadiationTypeTerm
from dicomodel.enums import RangeModulatorTypeTerm as RangeModulatorTypeTerm
from dicomodel.enums import RTBeamLimitingDeviceType as RTBeamLimitingDeviceType
from dicomodel.enums import ScanModeTerm as ScanModeTerm
from dicomodel.enums import ScanSpotReordered as ScanSpotReordered
from dicomodel.enums import TableTopPitchRotationDirection as TableTopPitchRotationDirection
from dicomodel.enums import TableTopRollRotationDirection as TableTopRollRotationDirection
from dicomodel.enums import (
    TreatmentDeliveryTypeTermRTBeamsSessionRecord as TreatmentDeliveryTypeTerm,
)
from dicomodel.enums import TreatmentTerminationStatus as TreatmentTerminationStatus
from dicomodel.enums import TreatmentVerificationStatus as TreatmentVerificationStatus
from dicomodel.enums import WedgePositionRTBeams as WedgePosition
from dicomodel.enums import WedgeTypeTermRTIonBeams as WedgeTypeTerm
from dicomodel.items import ApplicatorSequenceItemRTIonBeams as ApplicatorSequenceItem
from dicomodel.items import (
    BeamLimitingDeviceLeafPairsSequenceItem as BeamLimitingDeviceLeafPairsSequenceItem,
)
from dicomodel.items import (
    BeamLimitingDevicePositionSequenceItem as BeamLimitingDevicePositionSequenceItem,
)
from dicomodel.items import CodeSequenceItem as DeviceTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InterlockCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InterlockResolutionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MachineSpecificTreatmentTerminationCodeSequenceItem
from dicomodel.items import (
    CodeSequenceItem as ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequenceItem,
)
from dicomodel.items import CodeSequenceItem as PersonIdentificationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RTTreatmentTerminationReasonCodeSequenceItem
from dicomodel.items import CorrectedParameterSequenceItem as CorrectedParameterSequenceItem
from dicomodel.items import (
    DeliveredDepthDoseParametersSequenceItem as DeliveredDepthDoseParametersSequenceItem,
)
from dicomodel.items import DeviceIdentificationItem as InterlockOriginatingDeviceSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    GeneralAccessorySequenceItemRTIonBeamsSessionRecord as GeneralAccessorySequenceItem,
)
from dicomodel.items import InterlockItem as InterlockSequenceItem
from dicomodel.items import (
    IonControlPointDeliverySequenceItem as IonControlPointDeliverySequenceItem,
)
from dicomodel.items import IonWedgePositionSequenceItem as IonWedgePositionSequenceItem
from dicomodel.items import (
    LateralSpreadingDeviceSettingsSequenceItemRTIonBeamsSessionRecord as LateralSpreadingDeviceSettingsSequenceItem,
)
from dicomodel.items import OutlineDefinitionItem as FixedRTBeamDelimiterDeviceSequenceItem
from dicomodel.items import OutlineDefinitionItem as RTBeamDelimiterGeometrySequenceItem
from dicomodel.items import OverrideSequenceItemRTIonBeamsSessionRecord as OverrideSequenceItem
from dicomodel.items import (
    ParallelRTBeamDelimiterDeviceSequenceItem as ParallelRTBeamDelimiterDeviceSequenceItem,
)
from dicomodel.items import PersonIdentificationItem as InterlockResolutionUserSequenceItem
from dicomodel.items import PersonIdentificationItem as OperatorIdentificationSequenceItem
from dicomodel.items import (
    RangeModulatorSettingsSequenceItemRTIonBeamsSessionRecord as RangeModulatorSettingsSequenceItem,
)
from dicomodel.items import (
    RangeShifterSettingsSequenceItemRTIonBeamsSessionRecord as RangeShifterSettingsSequenceItem,
)
from dicomodel.items import (
    RecordedBlockSequenceItemRTIonBeamsSessionRecord as RecordedBlockSequenceItem,
)
from dicomodel.items import RecordedBlockSlabSequenceItem as RecordedBlockSlabSequenceItem
from dicomodel.items import (
    RecordedCompensatorSequenceItemRTIonBeamsSessionRecord as RecordedCompensatorSequenceItem,
)
from dicomodel.items import (
    RecordedLateralSpreadingDeviceSequenceItem as RecordedLateralSpreadingDeviceSequenceItem,
)
from dicomodel.items import RecordedRangeModulatorSequenceItem as RecordedRangeModulatorSequenceItem
from dicomodel.items import RecordedRangeShifterSequenceItem as RecordedRangeShifterSequenceItem
from dicomodel.items import (
    RecordedWedgeSequenceItemRTIonBeamsSessionRecord as RecordedWedgeSequenceItem,
)
from dicomodel.items import ReferencedBolusSequenceItemRTIonBeams as ReferencedBolusSequenceItem
from dicomodel.items import (
    ReferencedCalculatedDoseReferenceSequenceItem as ReferencedCalculatedDoseReferenceSequenceItem,
)
from dicomodel.items import (
    ReferencedMeasuredDoseReferenceSequenceItemRTIonBeamsSessionRecord as ReferencedMeasuredDoseReferenceSequenceItem,
)
from dicomodel.items import (
    RTBeamLimitingDeviceDefinitionItem as EnhancedRTBeamLimitingDeviceSequenceItem,
)
from dicomodel.items import (
    RTBeamLimitingDeviceOpeningDefinitionItem as EnhancedRTBeamLimitingOpeningSequenceItem,
)
from dicomodel.items import SnoutSequenceItem as RecordedSnoutSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedVerificationImageSequenceItem
from dicomodel.items import (
    TreatmentSessionIonBeamSequenceItem as TreatmentSessionIonBeamSequenceItem,
)
from dicomodel.items import UDIItem as UDISequenceItem

__all__ = [
    "ApplicatorSequenceItem",
    "ApplicatorTypeTerm",
    "BeamLimitingDeviceLeafPairsSequenceItem",
    "BeamLimitingDevicePositionSequenceItem",
    "BeamLimitingDeviceRotationDirection",
    "BeamType",
    "ContextGroupExtensionFlag",
    "CorrectedParameterSequenceItem",
    "DeliveredDepthDoseParametersSequenceItem",
    "DeliveredReferenceDoseDefinitionTerm",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "EnhancedRTBeamLimitingDeviceDefinitionFlag",
    "EnhancedRTBeamLimitingDeviceSequenceItem",
    "EnhancedRTBeamLimitingOpeningSequenceItem",
    "EquivalentCodeSequenceItem",
    "FixationEye",
    "FixedRTBeamDelimiterDeviceSequenceItem",
    "GantryPitchRotationDirection",
    "GantryRotationDirection",
    "GeneralAccessorySequenceItem",
    "GeneralAccessoryTypeTerm",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "InterlockCodeSequenceItem",
    "InterlockOriginatingDeviceSequenceItem",
    "InterlockResolutionCodeSequenceItem",
    "InterlockResolutionUserSequenceItem",
    "InterlockSequenceItem",
    "IonControlPointDeliverySequenceItem",
    "IonWedgePositionSequenceItem",
    "LateralSpreadingDeviceSettingsSequenceItem",
    "MachineSpecificTreatmentTerminationCodeSequenceItem",
    "MappingResourceTerm",
    "ModulatedScanModeTypeTerm",
    "OperatorIdentificationSequenceItem",
    "OutlineShapeType",
    "OverrideSequenceItem",
    "ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequenceItem",
    "ParallelRTBeamDelimiterDeviceSequenceItem",
    "ParallelRTBeamDelimiterOpeningMode",
    "PatientSupportRotationDirection",
    "PatientSupportTypeTerm",
    "PersonIdentificationCodeSequenceItem",
    "RTBeamDelimiterGeometrySequenceItem",
    "RTBeamLimitingDeviceType",
    "RTTreatmentTerminationReasonCodeSequenceItem",
    "RadiationTypeTerm",
    "RangeModulatorSettingsSequenceItem",
    "RangeModulatorTypeTerm",
    "RangeShifterSettingsSequenceItem",
    "RecordedBlockSequenceItem",
    "RecordedBlockSlabSequenceItem",
    "RecordedCompensatorSequenceItem",
    "RecordedLateralSpreadingDeviceSequenceItem",
    "RecordedRangeModulatorSequenceItem",
    "RecordedRangeShifterSequenceItem",
    "RecordedSnoutSequenceItem",
    "RecordedWedgeSequenceItem",
    "ReferencedBolusSequenceItem",
    "ReferencedCalculatedDoseReferenceSequenceItem",
    "ReferencedMeasuredDoseReferenceSequenceItem",
    "ReferencedVerificationImageSequenceItem",
    "ScanModeTerm",
    "ScanSpotReordered",
    "TableTopPitchRotationDirection",
    "TableTopRollRotationDirection",
    "TreatmentDeliveryTypeTerm",
    "TreatmentSessionIonBeamSequenceItem",
    "TreatmentTerminationStatus",
    "TreatmentVerificationStatus",
    "UDISequenceItem",
    "WedgePosition",
    "WedgeTypeTerm",
]
