"""RT Ion Plan IOD.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AlternateBeamDoseType as AlternateBeamDoseType
from dicomodel.enums import ApplicatorTypeTermRTIonBeams as ApplicatorTypeTerm
from dicomodel.enums import ApprovalStatus as ApprovalStatus
from dicomodel.enums import BeamDoseMeaning as BeamDoseMeaning
from dicomodel.enums import BeamDoseType as BeamDoseType
from dicomodel.enums import (
    BeamLimitingDeviceRotationDirection as BeamLimitingDeviceRotationDirection,
)
from dicomodel.enums import BeamType as BeamType
from dicomodel.enums import BlockDivergence as BlockDivergence
from dicomodel.enums import BlockIdentifyingInformationStatus as BlockIdentifyingInformationStatus
from dicomodel.enums import BlockMountingPosition as BlockMountingPosition
from dicomodel.enums import BlockType as BlockType
from dicomodel.enums import CertificateTypeTerm as CertificateTypeTerm
from dicomodel.enums import CertifiedTimestampTypeTerm as CertifiedTimestampTypeTerm
from dicomodel.enums import CodingSchemeRegistryTerm as CodingSchemeRegistryTerm
from dicomodel.enums import CodingSchemeURLTypeTerm as CodingSchemeURLTypeTerm
from dicomodel.enums import CompensatorDivergence as CompensatorDivergence
from dicomodel.enums import CompensatorMountingPosition as CompensatorMountingPosition
from dicomodel.enums import ConsentForDistributionFlag as ConsentForDistributionFlag
from dicomodel.enums import ContentQualification as ContentQualification
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import DeidentificationAction as DeidentificationAction
from dicomodel.enums import DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm
from dicomodel.enums import DistributionTypeTerm as DistributionTypeTerm
from dicomodel.enums import (
    DoseCalibrationConditionsVerifiedFlag as DoseCalibrationConditionsVerifiedFlag,
)
from dicomodel.enums import DoseReferenceStructureTypeTerm as DoseReferenceStructureTypeTerm
from dicomodel.enums import DoseReferenceTypeTerm as DoseReferenceTypeTerm
from dicomodel.enums import DoseValueInterpretation as DoseValueInterpretation
from dicomodel.enums import (
    EnhancedRTBeamLimitingDeviceDefinitionFlag as EnhancedRTBeamLimitingDeviceDefinitionFlag,
)
from dicomodel.enums import FixationDeviceTypeTerm as FixationDeviceTypeTerm
from dicomodel.enums import FixationEye as FixationEye
from dicomodel.enums import GantryPitchRotationDirection as GantryPitchRotationDirection
from dicomodel.enums import GantryRotationDirection as GantryRotationDirection
from dicomodel.enums import GeneralAccessoryTypeTerm as GeneralAccessoryTypeTerm
from dicomodel.enums import InstanceOriginStatus as InstanceOriginStatus
from dicomodel.enums import LateralSpreadingDeviceTypeTerm as LateralSpreadingDeviceTypeTerm
from dicomodel.enums import LongitudinalTemporalEventTypeTerm as LongitudinalTemporalEventTypeTerm
from dicomodel.enums import (
    LongitudinalTemporalInformationModified as LongitudinalTemporalInformationModified,
)
from dicomodel.enums import MACAlgorithmTerm as MACAlgorithmTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import Modality as Modality
from dicomodel.enums import ModulatedScanModeTypeTerm as ModulatedScanModeTypeTerm
from dicomodel.enums import OutlineShapeType as OutlineShapeType
from dicomodel.enums import ParallelRTBeamDelimiterOpeningMode as ParallelRTBeamDelimiterOpeningMode
from dicomodel.enums import PatientAlternativeCalendar as PatientAlternativeCalendar
from dicomodel.enums import PatientIdentityRemoved as PatientIdentityRemoved
from dicomodel.enums import PatientSex as PatientSex
from dicomodel.enums import PatientSexNeutered as PatientSexNeutered
from dicomodel.enums import PatientSupportRotationDirection as PatientSupportRotationDirection
from dicomodel.enums import PatientSupportTypeTerm as PatientSupportTypeTerm
from dicomodel.enums import PlanIntentTerm as PlanIntentTerm
from dicomodel.enums import PrimaryDosimeterUnitRTIonBeams as PrimaryDosimeterUnit
from dicomodel.enums import QualityControlSubject as QualityControlSubject
from dicomodel.enums import QueryRetrieveView as QueryRetrieveView
from dicomodel.enums import RadiationTypeTermRTIonBeams as RadiationTypeTerm
from dicomodel.enums import RangeModulatorTypeTerm as RangeModulatorTypeTerm
from dicomodel.enums import RangeShifterTypeTerm as RangeShifterTypeTerm
from dicomodel.enums import (
    ReasonForTheAttributeModificationTerm as ReasonForTheAttributeModificationTerm,
)
from dicomodel.enums import ReferenceDoseDefinitionTerm as ReferenceDoseDefinitionTerm
from dicomodel.enums import (
    RespiratoryMotionCompensationTechniqueTermRTPatientSetup as RespiratoryMotionCompensationTechniqueTerm,
)
from dicomodel.enums import RespiratorySignalSourceTermRTPatientSetup as RespiratorySignalSourceTerm
from dicomodel.enums import ResponsiblePersonRoleTerm as ResponsiblePersonRoleTerm
from dicomodel.enums import RTBeamLimitingDeviceType as RTBeamLimitingDeviceType
from dicomodel.enums import RTPlanGeometryTerm as RTPlanGeometryTerm
from dicomodel.enums import RTPlanRelationshipTerm as RTPlanRelationshipTerm
from dicomodel.enums import ScanModeTerm as ScanModeTerm
from dicomodel.enums import ScanSpotReorderingAllowed as ScanSpotReorderingAllowed
from dicomodel.enums import SetupDeviceTypeTerm as SetupDeviceTypeTerm
from dicomodel.enums import SetupTechniqueTerm as SetupTechniqueTerm
from dicomodel.enums import ShieldingDeviceTypeTerm as ShieldingDeviceTypeTerm
from dicomodel.enums import SmokingStatus as SmokingStatus
from dicomodel.enums import SOPInstanceStatus as SOPInstanceStatus
from dicomodel.enums import SpatialLocationsPreserved as SpatialLocationsPreserved
from dicomodel.enums import SyntheticData as SyntheticData
from dicomodel.enums import TableTopPitchRotationDirection as TableTopPitchRotationDirection
from dicomodel.enums import TableTopRollRotationDirection as TableTopRollRotationDirection
from dicomodel.enums import TreatmentDeliveryTypeTerm as TreatmentDeliveryTypeTerm
from dicomodel.enums import TypeOfInstancesTerm as TypeOfInstancesTerm
from dicomodel.enums import TypeOfPatientIDTerm as TypeOfPatientIDTerm
from dicomodel.enums import UniversalEntityIDType as UniversalEntityIDType
from dicomodel.enums import ValueType as ValueType
from dicomodel.enums import WedgePositionRTBeams as WedgePosition
from dicomodel.enums import WedgeTypeTermRTIonBeams as WedgeTypeTerm
from dicomodel.iods import RTIonPlan as RTIonPlan
from dicomodel.items import ApplicatorSequenceItemRTIonBeams as ApplicatorSequenceItem
from dicomodel.items import (
    BeamLimitingDevicePositionSequenceItem as BeamLimitingDevicePositionSequenceItem,
)
from dicomodel.items import (
    BeamLimitingDeviceToleranceSequenceItem as BeamLimitingDeviceToleranceSequenceItem,
)
from dicomodel.items import BlockSlabSequenceItemRTIonBeams as BlockSlabSequenceItem
from dicomodel.items import BreedRegistrationSequenceItemPatient as BreedRegistrationSequenceItem
from dicomodel.items import CodeSequenceItem as AdmittingDiagnosesCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AssigningAgencyOrDepartmentCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AssigningJurisdictionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as BreedRegistryCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ClinicalTrialTimePointTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DeidentificationMethodCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DerivationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DeviceTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DigitalSignaturePurposeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as EthnicGroupCodeSequenceItem
from dicomodel.items import CodeSequenceItem as GeneticModificationsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import (
    CodeSequenceItem as ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequenceItem,
)
from dicomodel.items import CodeSequenceItem as PatientBreedCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientSizeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientSpeciesCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientTreatmentPreparationMethodCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientTreatmentPreparationProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PersonIdentificationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PurposeOfReferenceCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ReasonForPerformedProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ReasonForRequestedProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ReasonForVisitCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RequestedProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RequestingServiceCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SeriesDescriptionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as StrainCodeSequenceItem
from dicomodel.items import CodeSequenceItem as StrainSourceRegistryCodeSequenceItem
from dicomodel.items import CodeSequenceItem as TreatmentSiteModifierCodeSequenceItem
from dicomodel.items import (
    CodingSchemeIdentificationSequenceItem as CodingSchemeIdentificationSequenceItem,
)
from dicomodel.items import CodingSchemeResourcesSequenceItem as CodingSchemeResourcesSequenceItem
from dicomodel.items import (
    ConsentForClinicalTrialUseSequenceItem as ConsentForClinicalTrialUseSequenceItem,
)
from dicomodel.items import ContentItem as ContentItemModifierSequenceItem
from dicomodel.items import (
    ContentItem as RadiationDeviceConfigurationAndCommissioningKeySequenceItem,
)
from dicomodel.items import (
    ContextGroupIdentificationSequenceItem as ContextGroupIdentificationSequenceItem,
)
from dicomodel.items import ContributingEquipmentSequenceItem as ContributingEquipmentSequenceItem
from dicomodel.items import DeidentificationActionSequenceItem as DeidentificationActionSequenceItem
from dicomodel.items import DepthDoseParametersSequenceItem as DepthDoseParametersSequenceItem
from dicomodel.items import DICOMMediaRetrievalSequenceItem as DICOMMediaRetrievalSequenceItem
from dicomodel.items import DICOMRetrievalSequenceItem as DICOMRetrievalSequenceItem
from dicomodel.items import DigitalSignaturesSequenceItem as DigitalSignaturesSequenceItem
from dicomodel.items import (
    DoseCalibrationConditionsSequenceItem as DoseCalibrationConditionsSequenceItem,
)
from dicomodel.items import DoseReferenceSequenceItem as DoseReferenceSequenceItem
from dicomodel.items import EncryptedAttributesSequenceItem as EncryptedAttributesSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import FixationDeviceSequenceItem as FixationDeviceSequenceItem
from dicomodel.items import FractionGroupSequenceItem as FractionGroupSequenceItem
from dicomodel.items import GeneralAccessorySequenceItemRTIonBeams as GeneralAccessorySequenceItem
from dicomodel.items import (
    GeneticModificationsSequenceItemPatient as GeneticModificationsSequenceItem,
)
from dicomodel.items import (
    GroupOfPatientsIdentificationSequenceItem as GroupOfPatientsIdentificationSequenceItem,
)
from dicomodel.items import (
    HL7StructuredDocumentReferenceSequenceItem as HL7StructuredDocumentReferenceSequenceItem,
)
from dicomodel.items import HL7v2HierarchicDesignatorItem as AssigningFacilitySequenceItem
from dicomodel.items import HL7v2HierarchicDesignatorItem as IssuerOfAccessionNumberSequenceItem
from dicomodel.items import HL7v2HierarchicDesignatorItem as IssuerOfAdmissionIDSequenceItem
from dicomodel.items import HL7v2HierarchicDesignatorItem as IssuerOfServiceEpisodeIDSequenceItem
from dicomodel.items import ImageSOPInstanceReferenceItem as ConversionSourceAttributesSequenceItem
from dicomodel.items import IonBeamLimitingDeviceSequenceItem as IonBeamLimitingDeviceSequenceItem
from dicomodel.items import IonBeamSequenceItem as IonBeamSequenceItem
from dicomodel.items import IonBlockSequenceItem as IonBlockSequenceItem
from dicomodel.items import IonControlPointSequenceItem as IonControlPointSequenceItem
from dicomodel.items import IonRangeCompensatorSequenceItem as IonRangeCompensatorSequenceItem
from dicomodel.items import IonToleranceTableSequenceItem as IonToleranceTableSequenceItem
from dicomodel.items import IonWedgePositionSequenceItem as IonWedgePositionSequenceItem
from dicomodel.items import IonWedgeSequenceItem as IonWedgeSequenceItem
from dicomodel.items import (
    IssuerOfPatientIDQualifiersSequenceItem as IssuerOfPatientIDQualifiersSequenceItem,
)
from dicomodel.items import LateralSpreadingDeviceSequenceItem as LateralSpreadingDeviceSequenceItem
from dicomodel.items import (
    LateralSpreadingDeviceSettingsSequenceItem as LateralSpreadingDeviceSettingsSequenceItem,
)
from dicomodel.items import MACParametersSequenceItem as MACParametersSequenceItem
from dicomodel.items import (
    MappingResourceIdentificationSequenceItem as MappingResourceIdentificationSequenceItem,
)
from dicomodel.items import MotionSynchronizationSequenceItem as MotionSynchronizationSequenceItem
from dicomodel.items import (
    NonconformingModifiedAttributesSequenceItem as NonconformingModifiedAttributesSequenceItem,
)
from dicomodel.items import OriginalAttributesSequenceItem as OriginalAttributesSequenceItem
from dicomodel.items import (
    OtherClinicalTrialProtocolIDsSequenceItem as OtherClinicalTrialProtocolIDsSequenceItem,
)
from dicomodel.items import OtherPatientIDsSequenceItemPatient as OtherPatientIDsSequenceItem
from dicomodel.items import OutlineDefinitionItem as FixedRTBeamDelimiterDeviceSequenceItem
from dicomodel.items import OutlineDefinitionItem as RTBeamDelimiterGeometrySequenceItem
from dicomodel.items import (
    ParallelRTBeamDelimiterDeviceSequenceItem as ParallelRTBeamDelimiterDeviceSequenceItem,
)
from dicomodel.items import PatientSetupSequenceItem as PatientSetupSequenceItem
from dicomodel.items import (
    PatientTreatmentPreparationProcedureSequenceItem as PatientTreatmentPreparationProcedureSequenceItem,
)
from dicomodel.items import (
    PersonIdentificationItem as ConsultingPhysicianIdentificationSequenceItem,
)
from dicomodel.items import PersonIdentificationItem as OperatorIdentificationSequenceItem
from dicomodel.items import PersonIdentificationItem as PhysiciansOfRecordIdentificationSequenceItem
from dicomodel.items import (
    PersonIdentificationItem as PhysiciansReadingStudyIdentificationSequenceItem,
)
from dicomodel.items import PersonIdentificationItem as ReferringPhysicianIdentificationSequenceItem
from dicomodel.items import (
    PrivateDataElementCharacteristicsSequenceItem as PrivateDataElementCharacteristicsSequenceItem,
)
from dicomodel.items import (
    PrivateDataElementDefinitionSequenceItem as PrivateDataElementDefinitionSequenceItem,
)
from dicomodel.items import (
    ProtocolContextSequenceItem as PatientTreatmentPreparationProcedureParameterSequenceItem,
)
from dicomodel.items import ProtocolContextSequenceItem as ProtocolContextSequenceItem
from dicomodel.items import RangeModulatorSequenceItem as RangeModulatorSequenceItem
from dicomodel.items import RangeModulatorSettingsSequenceItem as RangeModulatorSettingsSequenceItem
from dicomodel.items import RangeShifterSequenceItem as RangeShifterSequenceItem
from dicomodel.items import RangeShifterSettingsSequenceItem as RangeShifterSettingsSequenceItem
from dicomodel.items import ReferencedBeamSequenceItemRTFractionScheme as ReferencedBeamSequenceItem
from dicomodel.items import ReferencedBolusSequenceItemRTIonBeams as ReferencedBolusSequenceItem
from dicomodel.items import (
    ReferencedBrachyApplicationSetupSequenceItemRTFractionScheme as ReferencedBrachyApplicationSetupSequenceItem,
)
from dicomodel.items import (
    ReferencedDefinedProtocolSequenceItem as ReferencedDefinedProtocolSequenceItem,
)
from dicomodel.items import (
    ReferencedDefinedProtocolSequenceItem as ReferencedPerformedProtocolSequenceItem,
)
from dicomodel.items import (
    ReferencedDoseReferenceSequenceItem as ReferencedDoseReferenceSequenceItem,
)
from dicomodel.items import ReferencedImageSequenceItemXRayImage as ReferencedImageSequenceItem
from dicomodel.items import ReferencedInstancesAndAccessItem as ReferencedPatientPhotoSequenceItem
from dicomodel.items import ReferencedInstanceSequenceItemRTDose as ReferencedInstanceSequenceItem
from dicomodel.items import (
    ReferencedInstanceSequenceItemWaveformIdentification as SourceInstanceSequenceItem,
)
from dicomodel.items import (
    ReferencedPatientSetupPhotoSequenceItem as ReferencedPatientSetupPhotoSequenceItem,
)
from dicomodel.items import (
    ReferencedReferenceImageSequenceItemRTIonBeams as ReferencedReferenceImageSequenceItem,
)
from dicomodel.items import (
    ReferencedRTPlanSequenceItemRTGeneralPlan as ReferencedRTPlanSequenceItem,
)
from dicomodel.items import ReferencedSeriesSequenceItem as ReferencedSeriesSequenceItem
from dicomodel.items import ReferencedSetupImageSequenceItem as ReferencedSetupImageSequenceItem
from dicomodel.items import (
    ReferencedSOPSequenceItemReferencedInstancesAndAccess as ReferencedSOPSequenceItem,
)
from dicomodel.items import RequestAttributesItem as RequestAttributesSequenceItem
from dicomodel.items import (
    RTAccessoryDeviceIdentificationItem as PatientTreatmentPreparationDeviceSequenceItem,
)
from dicomodel.items import (
    RTBeamLimitingDeviceDefinitionItem as EnhancedRTBeamLimitingDeviceSequenceItem,
)
from dicomodel.items import (
    RTBeamLimitingDeviceOpeningDefinitionItem as EnhancedRTBeamLimitingOpeningSequenceItem,
)
from dicomodel.items import (
    RTPatientTreatmentPreparationItem as PatientTreatmentPreparationSequenceItem,
)
from dicomodel.items import ScheduledProtocolCodeSequenceItem as PerformedProtocolCodeSequenceItem
from dicomodel.items import ScheduledProtocolCodeSequenceItem as ScheduledProtocolCodeSequenceItem
from dicomodel.items import SetupDeviceSequenceItem as SetupDeviceSequenceItem
from dicomodel.items import ShieldingDeviceSequenceItem as ShieldingDeviceSequenceItem
from dicomodel.items import SnoutSequenceItem as SnoutSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as DefinitionSourceSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedDoseSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedPatientSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedPerformedProcedureStepSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedStructureSetSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedStudySequenceItem
from dicomodel.items import SourceImageSequenceItemGeneralReference as SourceImageSequenceItem
from dicomodel.items import (
    SourcePatientGroupIdentificationSequenceItem as SourcePatientGroupIdentificationSequenceItem,
)
from dicomodel.items import StrainStockSequenceItemPatient as StrainStockSequenceItem
from dicomodel.items import (
    StudiesContainingOtherReferencedInstancesSequenceItem as StudiesContainingOtherReferencedInstancesSequenceItem,
)
from dicomodel.items import TreatmentSiteCodeSequenceItem as TreatmentSiteCodeSequenceItem
from dicomodel.items import UDIItem as UDISequenceItem
from dicomodel.items import (
    UnassignedSharedConvertedAttributesSequenceItem as ModifiedAttributesSequenceItem,
)
from dicomodel.items import WADORetrievalSequenceItem as WADORetrievalSequenceItem
from dicomodel.items import WADORSRetrievalSequenceItem as WADORSRetrievalSequenceItem
from dicomodel.items import XDSRetrievalSequenceItem as XDSRetrievalSequenceItem

__all__ = [
    "AdmittingDiagnosesCodeSequenceItem",
    "AlternateBeamDoseType",
    "ApplicatorSequenceItem",
    "ApplicatorTypeTerm",
    "ApprovalStatus",
    "AssigningAgencyOrDepartmentCodeSequenceItem",
    "AssigningFacilitySequenceItem",
    "AssigningJurisdictionCodeSequenceItem",
    "BeamDoseMeaning",
    "BeamDoseType",
    "BeamLimitingDevicePositionSequenceItem",
    "BeamLimitingDeviceRotationDirection",
    "BeamLimitingDeviceToleranceSequenceItem",
    "BeamType",
    "BlockDivergence",
    "BlockIdentifyingInformationStatus",
    "BlockMountingPosition",
    "BlockSlabSequenceItem",
    "BlockType",
    "BreedRegistrationSequenceItem",
    "BreedRegistryCodeSequenceItem",
    "CertificateTypeTerm",
    "CertifiedTimestampTypeTerm",
    "ClinicalTrialTimePointTypeCodeSequenceItem",
    "CodingSchemeIdentificationSequenceItem",
    "CodingSchemeRegistryTerm",
    "CodingSchemeResourcesSequenceItem",
    "CodingSchemeURLTypeTerm",
    "CompensatorDivergence",
    "CompensatorMountingPosition",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ConsentForClinicalTrialUseSequenceItem",
    "ConsentForDistributionFlag",
    "ConsultingPhysicianIdentificationSequenceItem",
    "ContentItemModifierSequenceItem",
    "ContentQualification",
    "ContextGroupExtensionFlag",
    "ContextGroupIdentificationSequenceItem",
    "ContributingEquipmentSequenceItem",
    "ConversionSourceAttributesSequenceItem",
    "DICOMMediaRetrievalSequenceItem",
    "DICOMRetrievalSequenceItem",
    "DefinitionSourceSequenceItem",
    "DeidentificationAction",
    "DeidentificationActionSequenceItem",
    "DeidentificationMethodCodeSequenceItem",
    "DepthDoseParametersSequenceItem",
    "DerivationCodeSequenceItem",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "DigitalSignaturePurposeCodeSequenceItem",
    "DigitalSignaturesSequenceItem",
    "DistributionTypeTerm",
    "DoseCalibrationConditionsSequenceItem",
    "DoseCalibrationConditionsVerifiedFlag",
    "DoseReferenceSequenceItem",
    "DoseReferenceStructureTypeTerm",
    "DoseReferenceTypeTerm",
    "DoseValueInterpretation",
    "EncryptedAttributesSequenceItem",
    "EnhancedRTBeamLimitingDeviceDefinitionFlag",
    "EnhancedRTBeamLimitingDeviceSequenceItem",
    "EnhancedRTBeamLimitingOpeningSequenceItem",
    "EquivalentCodeSequenceItem",
    "EthnicGroupCodeSequenceItem",
    "FixationDeviceSequenceItem",
    "FixationDeviceTypeTerm",
    "FixationEye",
    "FixedRTBeamDelimiterDeviceSequenceItem",
    "FractionGroupSequenceItem",
    "GantryPitchRotationDirection",
    "GantryRotationDirection",
    "GeneralAccessorySequenceItem",
    "GeneralAccessoryTypeTerm",
    "GeneticModificationsCodeSequenceItem",
    "GeneticModificationsSequenceItem",
    "GroupOfPatientsIdentificationSequenceItem",
    "HL7StructuredDocumentReferenceSequenceItem",
    "InstanceOriginStatus",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "IonBeamLimitingDeviceSequenceItem",
    "IonBeamSequenceItem",
    "IonBlockSequenceItem",
    "IonControlPointSequenceItem",
    "IonRangeCompensatorSequenceItem",
    "IonToleranceTableSequenceItem",
    "IonWedgePositionSequenceItem",
    "IonWedgeSequenceItem",
    "IssuerOfAccessionNumberSequenceItem",
    "IssuerOfAdmissionIDSequenceItem",
    "IssuerOfPatientIDQualifiersSequenceItem",
    "IssuerOfServiceEpisodeIDSequenceItem",
    "LateralSpreadingDeviceSequenceItem",
    "LateralSpreadingDeviceSettingsSequenceItem",
    "LateralSpreadingDeviceTypeTerm",
    "LongitudinalTemporalEventTypeTerm",
    "LongitudinalTemporalInformationModified",
    "MACAlgorithmTerm",
    "MACParametersSequenceItem",
    "MappingResourceIdentificationSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "Modality",
    "ModifiedAttributesSequenceItem",
    "ModulatedScanModeTypeTerm",
    "MotionSynchronizationSequenceItem",
    "NonconformingModifiedAttributesSequenceItem",
    "OperatorIdentificationSequenceItem",
    "OriginalAttributesSequenceItem",
    "OtherClinicalTrialProtocolIDsSequenceItem",
    "OtherPatientIDsSequenceItem",
    "OutlineShapeType",
    "ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequenceItem",
    "ParallelRTBeamDelimiterDeviceSequenceItem",
    "ParallelRTBeamDelimiterOpeningMode",
    "PatientAlternativeCalendar",
    "PatientBreedCodeSequenceItem",
    "PatientIdentityRemoved",
    "PatientSetupSequenceItem",
    "PatientSex",
    "PatientSexNeutered",
    "PatientSizeCodeSequenceItem",
    "PatientSpeciesCodeSequenceItem",
    "PatientSupportRotationDirection",
    "PatientSupportTypeTerm",
    "PatientTreatmentPreparationDeviceSequenceItem",
    "PatientTreatmentPreparationMethodCodeSequenceItem",
    "PatientTreatmentPreparationProcedureCodeSequenceItem",
    "PatientTreatmentPreparationProcedureParameterSequenceItem",
    "PatientTreatmentPreparationProcedureSequenceItem",
    "PatientTreatmentPreparationSequenceItem",
    "PerformedProtocolCodeSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "PhysiciansOfRecordIdentificationSequenceItem",
    "PhysiciansReadingStudyIdentificationSequenceItem",
    "PlanIntentTerm",
    "PrimaryDosimeterUnit",
    "PrivateDataElementCharacteristicsSequenceItem",
    "PrivateDataElementDefinitionSequenceItem",
    "ProcedureCodeSequenceItem",
    "ProtocolContextSequenceItem",
    "PurposeOfReferenceCodeSequenceItem",
    "QualityControlSubject",
    "QueryRetrieveView",
    "RTBeamDelimiterGeometrySequenceItem",
    "RTBeamLimitingDeviceType",
    "RTIonPlan",
    "RTPlanGeometryTerm",
    "RTPlanRelationshipTerm",
    "RadiationDeviceConfigurationAndCommissioningKeySequenceItem",
    "RadiationTypeTerm",
    "RangeModulatorSequenceItem",
    "RangeModulatorSettingsSequenceItem",
    "RangeModulatorTypeTerm",
    "RangeShifterSequenceItem",
    "RangeShifterSettingsSequenceItem",
    "RangeShifterTypeTerm",
    "ReasonForPerformedProcedureCodeSequenceItem",
    "ReasonForRequestedProcedureCodeSequenceItem",
    "ReasonForTheAttributeModificationTerm",
    "ReasonForVisitCodeSequenceItem",
    "ReferenceDoseDefinitionTerm",
    "ReferencedBeamSequenceItem",
    "ReferencedBolusSequenceItem",
    "ReferencedBrachyApplicationSetupSequenceItem",
    "ReferencedDefinedProtocolSequenceItem",
    "ReferencedDoseReferenceSequenceItem",
    "ReferencedDoseSequenceItem",
    "ReferencedImageSequenceItem",
    "ReferencedInstanceSequenceItem",
    "ReferencedPatientPhotoSequenceItem",
    "ReferencedPatientSequenceItem",
    "ReferencedPatientSetupPhotoSequenceItem",
    "ReferencedPerformedProcedureStepSequenceItem",
    "ReferencedPerformedProtocolSequenceItem",
    "ReferencedRTPlanSequenceItem",
    "ReferencedReferenceImageSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedSeriesSequenceItem",
    "ReferencedSetupImageSequenceItem",
    "ReferencedStructureSetSequenceItem",
    "ReferencedStudySequenceItem",
    "ReferringPhysicianIdentificationSequenceItem",
    "RequestAttributesSequenceItem",
    "RequestedProcedureCodeSequenceItem",
    "RequestingServiceCodeSequenceItem",
    "RespiratoryMotionCompensationTechniqueTerm",
    "RespiratorySignalSourceTerm",
    "ResponsiblePersonRoleTerm",
    "SOPInstanceStatus",
    "ScanModeTerm",
    "ScanSpotReorderingAllowed",
    "ScheduledProtocolCodeSequenceItem",
    "SeriesDescriptionCodeSequenceItem",
    "SetupDeviceSequenceItem",
    "SetupDeviceTypeTerm",
    "SetupTechniqueTerm",
    "ShieldingDeviceSequenceItem",
    "ShieldingDeviceTypeTerm",
    "SmokingStatus",
    "SnoutSequenceItem",
    "SourceImageSequenceItem",
    "SourceInstanceSequenceItem",
    "SourcePatientGroupIdentificationSequenceItem",
    "SpatialLocationsPreserved",
    "StrainCodeSequenceItem",
    "StrainSourceRegistryCodeSequenceItem",
    "StrainStockSequenceItem",
    "StudiesContainingOtherReferencedInstancesSequenceItem",
    "SyntheticData",
    "TableTopPitchRotationDirection",
    "TableTopRollRotationDirection",
    "TreatmentDeliveryTypeTerm",
    "TreatmentSiteCodeSequenceItem",
    "TreatmentSiteModifierCodeSequenceItem",
    "TypeOfInstancesTerm",
    "TypeOfPatientIDTerm",
    "UDISequenceItem",
    "UniversalEntityIDType",
    "ValueType",
    "WADORSRetrievalSequenceItem",
    "WADORetrievalSequenceItem",
    "WedgePosition",
    "WedgeTypeTerm",
    "XDSRetrievalSequenceItem",
]
