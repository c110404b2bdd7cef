"""C-Arm Photon-Electron Radiation Record IOD.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AcquisitionTimeSynchronized as AcquisitionTimeSynchronized
from dicomodel.enums import AnatomicalOrientationType as AnatomicalOrientationType
from dicomodel.enums import BlockDivergence as BlockDivergence
from dicomodel.enums import BlockIdentifyingInformationStatus as BlockIdentifyingInformationStatus
from dicomodel.enums import BlockOrientation as BlockOrientation
from dicomodel.enums import BodyPartExaminedTerm as BodyPartExaminedTerm
from dicomodel.enums import CertificateTypeTerm as CertificateTypeTerm
from dicomodel.enums import CertifiedTimestampTypeTerm as CertifiedTimestampTypeTerm
from dicomodel.enums import CodingSchemeRegistryTerm as CodingSchemeRegistryTerm
from dicomodel.enums import CodingSchemeURLTypeTerm as CodingSchemeURLTypeTerm
from dicomodel.enums import CompensatorDivergence as CompensatorDivergence
from dicomodel.enums import CompensatorMapOrientation as CompensatorMapOrientation
from dicomodel.enums import ConceptualVolumeCombinationFlag as ConceptualVolumeCombinationFlag
from dicomodel.enums import (
    ConceptualVolumeSegmentationDefinedFlag as ConceptualVolumeSegmentationDefinedFlag,
)
from dicomodel.enums import ConsentForDistributionFlag as ConsentForDistributionFlag
from dicomodel.enums import ContentQualification as ContentQualification
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import DeidentificationAction as DeidentificationAction
from dicomodel.enums import DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm
from dicomodel.enums import DistributionTypeTerm as DistributionTypeTerm
from dicomodel.enums import InstanceOriginStatus as InstanceOriginStatus
from dicomodel.enums import Laterality as Laterality
from dicomodel.enums import LongitudinalTemporalEventTypeTerm as LongitudinalTemporalEventTypeTerm
from dicomodel.enums import (
    LongitudinalTemporalInformationModified as LongitudinalTemporalInformationModified,
)
from dicomodel.enums import MACAlgorithmTerm as MACAlgorithmTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import ModalityEnhancedRTSeries as Modality
from dicomodel.enums import ObserverType as ObserverType
from dicomodel.enums import OutlineShapeType as OutlineShapeType
from dicomodel.enums import ParallelRTBeamDelimiterOpeningMode as ParallelRTBeamDelimiterOpeningMode
from dicomodel.enums import PatientAlternativeCalendar as PatientAlternativeCalendar
from dicomodel.enums import PatientIdentityRemoved as PatientIdentityRemoved
from dicomodel.enums import PatientPositionTerm as PatientPositionTerm
from dicomodel.enums import PatientSex as PatientSex
from dicomodel.enums import PatientSexNeutered as PatientSexNeutered
from dicomodel.enums import (
    PatientSupportPositionSpecificationMethod as PatientSupportPositionSpecificationMethod,
)
from dicomodel.enums import QualityControlSubject as QualityControlSubject
from dicomodel.enums import QueryRetrieveView as QueryRetrieveView
from dicomodel.enums import (
    ReasonForTheAttributeModificationTerm as ReasonForTheAttributeModificationTerm,
)
from dicomodel.enums import ResponsiblePersonRoleTerm as ResponsiblePersonRoleTerm
from dicomodel.enums import RTAccessoryHolderSlotExistenceFlag as RTAccessoryHolderSlotExistenceFlag
from dicomodel.enums import (
    RTRadiationPhysicalAndGeometricContentDetailFlag as RTRadiationPhysicalAndGeometricContentDetailFlag,
)
from dicomodel.enums import RTRadiationUsageTerm as RTRadiationUsageTerm
from dicomodel.enums import RTRecordFlag as RTRecordFlag
from dicomodel.enums import RTTreatmentTerminationStatus as RTTreatmentTerminationStatus
from dicomodel.enums import SmokingStatus as SmokingStatus
from dicomodel.enums import SOPInstanceStatus as SOPInstanceStatus
from dicomodel.enums import SpatialLocationsPreserved as SpatialLocationsPreserved
from dicomodel.enums import SynchronizationTrigger as SynchronizationTrigger
from dicomodel.enums import SyntheticData as SyntheticData
from dicomodel.enums import TimeDistributionProtocol as TimeDistributionProtocol
from dicomodel.enums import TreatmentDeliveryContinuationFlag as TreatmentDeliveryContinuationFlag
from dicomodel.enums import TreatmentRecordContentOrigin as TreatmentRecordContentOrigin
from dicomodel.enums import (
    TreatmentToleranceViolationCategoryTerm as TreatmentToleranceViolationCategoryTerm,
)
from dicomodel.enums import TypeOfInstancesTerm as TypeOfInstancesTerm
from dicomodel.enums import TypeOfPatientIDTerm as TypeOfPatientIDTerm
from dicomodel.enums import UniversalEntityIDType as UniversalEntityIDType
from dicomodel.enums import ValueType as ValueType
from dicomodel.enums import WedgePosition as WedgePosition
from dicomodel.iods import CArmPhotonElectronRadiationRecord as CArmPhotonElectronRadiationRecord
from dicomodel.items import (
    AdditionalParameterRecordingInstanceSequenceItem as AdditionalParameterRecordingInstanceSequenceItem,
)
from dicomodel.items import (
    AlgorithmIdentificationItem as ConceptualVolumeDerivationAlgorithmSequenceItem,
)
from dicomodel.items import AssertionItem as ConfirmationSequenceItem
from dicomodel.items import (
    AttributeToleranceValuesSequenceItem as AttributeToleranceValuesSequenceItem,
)
from dicomodel.items import BlockDefinitionSequenceItem as BlockDefinitionSequenceItem
from dicomodel.items import BlockEdgeDataSequenceItem as BlockEdgeDataSequenceItem
from dicomodel.items import BlockSlabSequenceItem as BlockSlabSequenceItem
from dicomodel.items import BolusDefinitionSequenceItem as BolusDefinitionSequenceItem
from dicomodel.items import BreedRegistrationSequenceItemPatient as BreedRegistrationSequenceItem
from dicomodel.items import (
    CArmPhotonElectronControlPointSequenceItem as CArmPhotonElectronControlPointSequenceItem,
)
from dicomodel.items import CodeSequenceItem as AdmittingDiagnosesCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AlgorithmFamilyCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AlgorithmNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AssertionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AssigningAgencyOrDepartmentCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AssigningJurisdictionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as BreedRegistryCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ClinicalTrialTimePointTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as CompensatorShapeFabricationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DeidentificationMethodCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DeliveryRateUnitSequenceItem
from dicomodel.items import CodeSequenceItem as DerivationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DeviceTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DigitalSignaturePurposeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as EnergyUnitCodeSequenceItem
from dicomodel.items import CodeSequenceItem as EquipmentReferencePointCodeSequenceItem
from dicomodel.items import CodeSequenceItem as EthnicGroupCodeSequenceItem
from dicomodel.items import CodeSequenceItem as GeneticModificationsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InterlockCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InterlockResolutionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MachineSpecificTreatmentTerminationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as OrganizationalRoleCodeSequenceItem
from dicomodel.items import (
    CodeSequenceItem as ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequenceItem,
)
from dicomodel.items import CodeSequenceItem as PatientBreedCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientEquipmentRelationshipCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientLocationCoordinatesCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientOrientationModifierCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientSizeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientSpeciesCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PersonIdentificationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PurposeOfReferenceCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RTDeviceDistanceReferenceLocationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RTTreatmentTechniqueCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RTTreatmentTerminationReasonCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RadiationDosimeterUnitSequenceItem
from dicomodel.items import CodeSequenceItem as RadiationFluenceModifierCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RadiationGenerationModeMachineCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RadiationTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ReasonForPerformedProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ReasonForRequestedProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ReasonForVisitCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RequestedProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RequestingServiceCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SeriesDescriptionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as StrainCodeSequenceItem
from dicomodel.items import CodeSequenceItem as StrainSourceRegistryCodeSequenceItem
from dicomodel.items import CodeSequenceItem as TreatmentMachineSpecialModeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as TreatmentToleranceViolationCauseCodeSequenceItem
from dicomodel.items import CodeSequenceItem as TreatmentToleranceViolationTypeCodeSequenceItem
from dicomodel.items import (
    CodingSchemeIdentificationSequenceItem as CodingSchemeIdentificationSequenceItem,
)
from dicomodel.items import CodingSchemeResourcesSequenceItem as CodingSchemeResourcesSequenceItem
from dicomodel.items import CompensatorDefinitionSequenceItem as CompensatorDefinitionSequenceItem
from dicomodel.items import CompensatorShapeSequenceItem as CompensatorShapeSequenceItem
from dicomodel.items import (
    ConceptualVolumeConstituentSegmentationReferenceSequenceItem as ConceptualVolumeConstituentSegmentationReferenceSequenceItem,
)
from dicomodel.items import (
    ConceptualVolumeConstituentSegmentationReferenceSequenceItem as ConceptualVolumeSegmentationReferenceSequenceItem,
)
from dicomodel.items import (
    ConceptualVolumeConstituentSequenceItem as ConceptualVolumeConstituentSequenceItem,
)
from dicomodel.items import (
    ConceptualVolumeSegmentationReferenceAndCombinationItem as ConceptualVolumeSequenceItem,
)
from dicomodel.items import (
    ConsentForClinicalTrialUseSequenceItem as ConsentForClinicalTrialUseSequenceItem,
)
from dicomodel.items import ContentItem as AlternateValueSequenceItem
from dicomodel.items import ContentItem as ContentItemModifierSequenceItem
from dicomodel.items import (
    ContentItem as RadiationDeviceConfigurationAndCommissioningKeySequenceItem,
)
from dicomodel.items import (
    ContextGroupIdentificationSequenceItem as ContextGroupIdentificationSequenceItem,
)
from dicomodel.items import ContributingEquipmentSequenceItem as ContributingEquipmentSequenceItem
from dicomodel.items import (
    DefinitionSourceSequenceItemRTRadiationCommonBase as DefinitionSourceSequenceItem,
)
from dicomodel.items import DeidentificationActionSequenceItem as DeidentificationActionSequenceItem
from dicomodel.items import (
    DerivationConceptualVolumeSequenceItem as DerivationConceptualVolumeSequenceItem,
)
from dicomodel.items import DeviceIdentificationItem as InterlockOriginatingDeviceSequenceItem
from dicomodel.items import DICOMMediaRetrievalSequenceItem as DICOMMediaRetrievalSequenceItem
from dicomodel.items import DICOMRetrievalSequenceItem as DICOMRetrievalSequenceItem
from dicomodel.items import DigitalSignaturesSequenceItem as DigitalSignaturesSequenceItem
from dicomodel.items import EncryptedAttributesSequenceItem as EncryptedAttributesSequenceItem
from dicomodel.items import (
    EquipmentReferencePointCoordinatesSequenceItem as EquipmentReferencePointCoordinatesSequenceItem,
)
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    EquivalentConceptualVolumesSequenceItem as EquivalentConceptualVolumesSequenceItem,
)
from dicomodel.items import (
    ExtendedSelectorAttributeItem as TreatmentToleranceViolationAttributeSequenceItem,
)
from dicomodel.items import (
    GeneralAccessoryDefinitionSequenceItem as GeneralAccessoryDefinitionSequenceItem,
)
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
from dicomodel.items import IdentifiedPersonOrDeviceItem as AsserterIdentificationSequenceItem
from dicomodel.items import IdentifiedPersonOrDeviceItem as AuthorIdentificationSequenceItem
from dicomodel.items import ImageSOPInstanceReferenceItem as ConversionSourceAttributesSequenceItem
from dicomodel.items import InterlockItem as InterlockSequenceItem
from dicomodel.items import (
    IssuerOfPatientIDQualifiersSequenceItem as IssuerOfPatientIDQualifiersSequenceItem,
)
from dicomodel.items import MACParametersSequenceItem as MACParametersSequenceItem
from dicomodel.items import (
    MappingResourceIdentificationSequenceItem as MappingResourceIdentificationSequenceItem,
)
from dicomodel.items import (
    NonconformingModifiedAttributesSequenceItem as NonconformingModifiedAttributesSequenceItem,
)
from dicomodel.items import OriginalAttributesSequenceItem as OriginalAttributesSequenceItem
from dicomodel.items import (
    OtherClinicalTrialProtocolIDsSequenceItem as OtherClinicalTrialProtocolIDsSequenceItem,
)
from dicomodel.items import OtherPatientIDsSequenceItemPatient as OtherPatientIDsSequenceItem
from dicomodel.items import OutlineDefinitionItem as BeamAreaLimitSequenceItem
from dicomodel.items import OutlineDefinitionItem as FixedRTBeamDelimiterDeviceSequenceItem
from dicomodel.items import OutlineDefinitionItem as RTBeamDelimiterGeometrySequenceItem
from dicomodel.items import OverrideSequenceItemRTRadiationRecordCommon as OverrideSequenceItem
from dicomodel.items import (
    ParallelRTBeamDelimiterDeviceSequenceItem as ParallelRTBeamDelimiterDeviceSequenceItem,
)
from dicomodel.items import (
    PatientLocationCoordinatesSequenceItem as PatientLocationCoordinatesSequenceItem,
)
from dicomodel.items import PatientOrientationCodeSequenceItem as PatientOrientationCodeSequenceItem
from dicomodel.items import PatientSupportDevicesSequenceItem as PatientSupportDevicesSequenceItem
from dicomodel.items import (
    PatientSupportPositionDeviceParameterSequenceItem as PatientSupportPositionDeviceParameterSequenceItem,
)
from dicomodel.items import (
    PatientSupportPositionDeviceToleranceSequenceItem as PatientSupportPositionDeviceToleranceSequenceItem,
)
from dicomodel.items import PatientSupportPositionItem as PatientSupportPositionSequenceItem
from dicomodel.items import (
    PatientSupportPositionParameterSequenceItem as PatientSupportPositionParameterSequenceItem,
)
from dicomodel.items import (
    PatientSupportPositionToleranceSequenceItem as PatientSupportPositionToleranceSequenceItem,
)
from dicomodel.items import (
    PersonIdentificationItem as ConsultingPhysicianIdentificationSequenceItem,
)
from dicomodel.items import PersonIdentificationItem as ContentCreatorIdentificationCodeSequenceItem
from dicomodel.items import PersonIdentificationItem as InterlockResolutionUserSequenceItem
from dicomodel.items import PersonIdentificationItem as OperatorIdentificationSequenceItem
from dicomodel.items import (
    PersonIdentificationItem as PerformingPhysicianIdentificationSequenceItem,
)
from dicomodel.items import PersonIdentificationItem as PhysiciansOfRecordIdentificationSequenceItem
from dicomodel.items import (
    PersonIdentificationItem as PhysiciansReadingStudyIdentificationSequenceItem,
)
from dicomodel.items import PersonIdentificationItem as ReferringPhysicianIdentificationSequenceItem
from dicomodel.items import PertinentDocumentsSequenceItem as PertinentDocumentsSequenceItem
from dicomodel.items import (
    PrivateDataElementCharacteristicsSequenceItem as PrivateDataElementCharacteristicsSequenceItem,
)
from dicomodel.items import (
    PrivateDataElementDefinitionSequenceItem as PrivateDataElementDefinitionSequenceItem,
)
from dicomodel.items import ProtocolContextSequenceItem as ProtocolContextSequenceItem
from dicomodel.items import (
    RadiationGenerationModeSequenceItem as RadiationGenerationModeSequenceItem,
)
from dicomodel.items import (
    ReferencedDefinedProtocolSequenceItem as ReferencedDefinedProtocolSequenceItem,
)
from dicomodel.items import (
    ReferencedDefinedProtocolSequenceItem as ReferencedPerformedProtocolSequenceItem,
)
from dicomodel.items import ReferencedImageSequenceItemXRayImage as ReferencedImageSequenceItem
from dicomodel.items import ReferencedInstancesAndAccessItem as ReferencedPatientPhotoSequenceItem
from dicomodel.items import ReferencedInstanceSequenceItemRTDose as ReferencedInstanceSequenceItem
from dicomodel.items import (
    ReferencedInstanceSequenceItemWaveformIdentification as SourceInstanceSequenceItem,
)
from dicomodel.items import ReferencedSeriesSequenceItem as ReferencedSeriesSequenceItem
from dicomodel.items import (
    ReferencedSOPSequenceItemReferencedInstancesAndAccess as ReferencedSOPSequenceItem,
)
from dicomodel.items import RelatedAssertionSequenceItem as RelatedAssertionSequenceItem
from dicomodel.items import RelatedSeriesSequenceItem as RelatedSeriesSequenceItem
from dicomodel.items import RequestAttributesItem as RequestAttributesSequenceItem
from dicomodel.items import (
    RTAccessoryHolderDefinitionSequenceItem as RTAccessoryHolderDefinitionSequenceItem,
)
from dicomodel.items import RTAccessoryHolderSlotSequenceItem as RTAccessoryHolderSlotSequenceItem
from dicomodel.items import (
    RTBeamLimitingDeviceDefinitionItem as RTBeamLimitingDeviceDefinitionSequenceItem,
)
from dicomodel.items import (
    RTBeamLimitingDeviceOpeningDefinitionItem as RTBeamLimitingDeviceOpeningSequenceItem,
)
from dicomodel.items import RTToleranceSetItem as RTToleranceSetSequenceItem
from dicomodel.items import ScheduledProtocolCodeSequenceItem as PerformedProtocolCodeSequenceItem
from dicomodel.items import ScheduledProtocolCodeSequenceItem as ScheduledProtocolCodeSequenceItem
from dicomodel.items import (
    SOPInstanceReferenceItem as EquivalentConceptualVolumeInstanceReferenceSequenceItem,
)
from dicomodel.items import (
    SOPInstanceReferenceItem as InstanceLevelReferencedPerformedProcedureStepSequenceItem,
)
from dicomodel.items import SOPInstanceReferenceItem as OriginatingSOPInstanceReferenceSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedDirectSegmentInstanceSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedPatientSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedPerformedProcedureStepSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedRTInstanceSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedStudySequenceItem
from dicomodel.items import SourceConceptualVolumeSequenceItem as SourceConceptualVolumeSequenceItem
from dicomodel.items import SourceImageSequenceItemGeneralReference as SourceImageSequenceItem
from dicomodel.items import (
    SourcePatientGroupIdentificationSequenceItem as SourcePatientGroupIdentificationSequenceItem,
)
from dicomodel.items import StrainStockSequenceItemPatient as StrainStockSequenceItem
from dicomodel.items import (
    StudiesContainingOtherReferencedInstancesSequenceItem as StudiesContainingOtherReferencedInstancesSequenceItem,
)
from dicomodel.items import (
    TreatmentDeviceIdentificationItem as TreatmentDeviceIdentificationSequenceItem,
)
from dicomodel.items import TreatmentPositionSequenceItem as TreatmentPositionSequenceItem
from dicomodel.items import (
    TreatmentToleranceViolationSequenceItem as TreatmentToleranceViolationSequenceItem,
)
from dicomodel.items import UDIItem as UDISequenceItem
from dicomodel.items import (
    UnassignedSharedConvertedAttributesSequenceItem as ModifiedAttributesSequenceItem,
)
from dicomodel.items import WADORetrievalSequenceItem as WADORetrievalSequenceItem
from dicomodel.items import WADORSRetrievalSequenceItem as WADORSRetrievalSequenceItem
from dicomodel.items import WedgeDefinitionSequenceItem as WedgeDefinitionSequenceItem
from dicomodel.items import WedgePositionSequenceItem as WedgePositionSequenceItem
from dicomodel.items import XDSRetrievalSequenceItem as XDSRetrievalSequenceItem

__all__ = [
    "AcquisitionTimeSynchronized",
    "AdditionalParameterRecordingInstanceSequenceItem",
    "AdmittingDiagnosesCodeSequenceItem",
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "AlternateValueSequenceItem",
    "AnatomicalOrientationType",
    "AsserterIdentificationSequenceItem",
    "AssertionCodeSequenceItem",
    "AssigningAgencyOrDepartmentCodeSequenceItem",
    "AssigningFacilitySequenceItem",
    "AssigningJurisdictionCodeSequenceItem",
    "AttributeToleranceValuesSequenceItem",
    "AuthorIdentificationSequenceItem",
    "BeamAreaLimitSequenceItem",
    "BlockDefinitionSequenceItem",
    "BlockDivergence",
    "BlockEdgeDataSequenceItem",
    "BlockIdentifyingInformationStatus",
    "BlockOrientation",
    "BlockSlabSequenceItem",
    "BodyPartExaminedTerm",
    "BolusDefinitionSequenceItem",
    "BreedRegistrationSequenceItem",
    "BreedRegistryCodeSequenceItem",
    "CArmPhotonElectronControlPointSequenceItem",
    "CArmPhotonElectronRadiationRecord",
    "CertificateTypeTerm",
    "CertifiedTimestampTypeTerm",
    "ClinicalTrialTimePointTypeCodeSequenceItem",
    "CodingSchemeIdentificationSequenceItem",
    "CodingSchemeRegistryTerm",
    "CodingSchemeResourcesSequenceItem",
    "CodingSchemeURLTypeTerm",
    "CompensatorDefinitionSequenceItem",
    "CompensatorDivergence",
    "CompensatorMapOrientation",
    "CompensatorShapeFabricationCodeSequenceItem",
    "CompensatorShapeSequenceItem",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ConceptualVolumeCombinationFlag",
    "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    "ConceptualVolumeConstituentSequenceItem",
    "ConceptualVolumeDerivationAlgorithmSequenceItem",
    "ConceptualVolumeSegmentationDefinedFlag",
    "ConceptualVolumeSegmentationReferenceSequenceItem",
    "ConceptualVolumeSequenceItem",
    "ConfirmationSequenceItem",
    "ConsentForClinicalTrialUseSequenceItem",
    "ConsentForDistributionFlag",
    "ConsultingPhysicianIdentificationSequenceItem",
    "ContentCreatorIdentificationCodeSequenceItem",
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
    "DeliveryRateUnitSequenceItem",
    "DerivationCodeSequenceItem",
    "DerivationConceptualVolumeSequenceItem",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "DigitalSignaturePurposeCodeSequenceItem",
    "DigitalSignaturesSequenceItem",
    "DistributionTypeTerm",
    "EncryptedAttributesSequenceItem",
    "EnergyUnitCodeSequenceItem",
    "EquipmentReferencePointCodeSequenceItem",
    "EquipmentReferencePointCoordinatesSequenceItem",
    "EquivalentCodeSequenceItem",
    "EquivalentConceptualVolumeInstanceReferenceSequenceItem",
    "EquivalentConceptualVolumesSequenceItem",
    "EthnicGroupCodeSequenceItem",
    "FixedRTBeamDelimiterDeviceSequenceItem",
    "GeneralAccessoryDefinitionSequenceItem",
    "GeneticModificationsCodeSequenceItem",
    "GeneticModificationsSequenceItem",
    "GroupOfPatientsIdentificationSequenceItem",
    "HL7StructuredDocumentReferenceSequenceItem",
    "InstanceLevelReferencedPerformedProcedureStepSequenceItem",
    "InstanceOriginStatus",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "InterlockCodeSequenceItem",
    "InterlockOriginatingDeviceSequenceItem",
    "InterlockResolutionCodeSequenceItem",
    "InterlockResolutionUserSequenceItem",
    "InterlockSequenceItem",
    "IssuerOfAccessionNumberSequenceItem",
    "IssuerOfAdmissionIDSequenceItem",
    "IssuerOfPatientIDQualifiersSequenceItem",
    "IssuerOfServiceEpisodeIDSequenceItem",
    "Laterality",
    "LongitudinalTemporalEventTypeTerm",
    "LongitudinalTemporalInformationModified",
    "MACAlgorithmTerm",
    "MACParametersSequenceItem",
    "MachineSpecificTreatmentTerminationCodeSequenceItem",
    "MappingResourceIdentificationSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "Modality",
    "ModifiedAttributesSequenceItem",
    "NonconformingModifiedAttributesSequenceItem",
    "ObserverType",
    "OperatorIdentificationSequenceItem",
    "OrganizationalRoleCodeSequenceItem",
    "OriginalAttributesSequenceItem",
    "OriginatingSOPInstanceReferenceSequenceItem",
    "OtherClinicalTrialProtocolIDsSequenceItem",
    "OtherPatientIDsSequenceItem",
    "OutlineShapeType",
    "OverrideSequenceItem",
    "ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequenceItem",
    "ParallelRTBeamDelimiterDeviceSequenceItem",
    "ParallelRTBeamDelimiterOpeningMode",
    "PatientAlternativeCalendar",
    "PatientBreedCodeSequenceItem",
    "PatientEquipmentRelationshipCodeSequenceItem",
    "PatientIdentityRemoved",
    "PatientLocationCoordinatesCodeSequenceItem",
    "PatientLocationCoordinatesSequenceItem",
    "PatientOrientationCodeSequenceItem",
    "PatientOrientationModifierCodeSequenceItem",
    "PatientPositionTerm",
    "PatientSex",
    "PatientSexNeutered",
    "PatientSizeCodeSequenceItem",
    "PatientSpeciesCodeSequenceItem",
    "PatientSupportDevicesSequenceItem",
    "PatientSupportPositionDeviceParameterSequenceItem",
    "PatientSupportPositionDeviceToleranceSequenceItem",
    "PatientSupportPositionParameterSequenceItem",
    "PatientSupportPositionSequenceItem",
    "PatientSupportPositionSpecificationMethod",
    "PatientSupportPositionToleranceSequenceItem",
    "PerformedProtocolCodeSequenceItem",
    "PerformingPhysicianIdentificationSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "PertinentDocumentsSequenceItem",
    "PhysiciansOfRecordIdentificationSequenceItem",
    "PhysiciansReadingStudyIdentificationSequenceItem",
    "PrivateDataElementCharacteristicsSequenceItem",
    "PrivateDataElementDefinitionSequenceItem",
    "ProcedureCodeSequenceItem",
    "ProtocolContextSequenceItem",
    "PurposeOfReferenceCodeSequenceItem",
    "QualityControlSubject",
    "QueryRetrieveView",
    "RTAccessoryHolderDefinitionSequenceItem",
    "RTAccessoryHolderSlotExistenceFlag",
    "RTAccessoryHolderSlotSequenceItem",
    "RTBeamDelimiterGeometrySequenceItem",
    "RTBeamLimitingDeviceDefinitionSequenceItem",
    "RTBeamLimitingDeviceOpeningSequenceItem",
    "RTDeviceDistanceReferenceLocationCodeSequenceItem",
    "RTRadiationPhysicalAndGeometricContentDetailFlag",
    "RTRadiationUsageTerm",
    "RTRecordFlag",
    "RTToleranceSetSequenceItem",
    "RTTreatmentTechniqueCodeSequenceItem",
    "RTTreatmentTerminationReasonCodeSequenceItem",
    "RTTreatmentTerminationStatus",
    "RadiationDeviceConfigurationAndCommissioningKeySequenceItem",
    "RadiationDosimeterUnitSequenceItem",
    "RadiationFluenceModifierCodeSequenceItem",
    "RadiationGenerationModeMachineCodeSequenceItem",
    "RadiationGenerationModeSequenceItem",
    "RadiationTypeCodeSequenceItem",
    "ReasonForPerformedProcedureCodeSequenceItem",
    "ReasonForRequestedProcedureCodeSequenceItem",
    "ReasonForTheAttributeModificationTerm",
    "ReasonForVisitCodeSequenceItem",
    "ReferencedDefinedProtocolSequenceItem",
    "ReferencedDirectSegmentInstanceSequenceItem",
    "ReferencedImageSequenceItem",
    "ReferencedInstanceSequenceItem",
    "ReferencedPatientPhotoSequenceItem",
    "ReferencedPatientSequenceItem",
    "ReferencedPerformedProcedureStepSequenceItem",
    "ReferencedPerformedProtocolSequenceItem",
    "ReferencedRTInstanceSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedSeriesSequenceItem",
    "ReferencedStudySequenceItem",
    "ReferringPhysicianIdentificationSequenceItem",
    "RelatedAssertionSequenceItem",
    "RelatedSeriesSequenceItem",
    "RequestAttributesSequenceItem",
    "RequestedProcedureCodeSequenceItem",
    "RequestingServiceCodeSequenceItem",
    "ResponsiblePersonRoleTerm",
    "SOPInstanceStatus",
    "ScheduledProtocolCodeSequenceItem",
    "SeriesDescriptionCodeSequenceItem",
    "SmokingStatus",
    "SourceConceptualVolumeSequenceItem",
    "SourceImageSequenceItem",
    "SourceInstanceSequenceItem",
    "SourcePatientGroupIdentificationSequenceItem",
    "SpatialLocationsPreserved",
    "StrainCodeSequenceItem",
    "StrainSourceRegistryCodeSequenceItem",
    "StrainStockSequenceItem",
    "StudiesContainingOtherReferencedInstancesSequenceItem",
    "SynchronizationTrigger",
    "SyntheticData",
    "TimeDistributionProtocol",
    "TreatmentDeliveryContinuationFlag",
    "TreatmentDeviceIdentificationSequenceItem",
    "TreatmentMachineSpecialModeCodeSequenceItem",
    "TreatmentPositionSequenceItem",
    "TreatmentRecordContentOrigin",
    "TreatmentToleranceViolationAttributeSequenceItem",
    "TreatmentToleranceViolationCategoryTerm",
    "TreatmentToleranceViolationCauseCodeSequenceItem",
    "TreatmentToleranceViolationSequenceItem",
    "TreatmentToleranceViolationTypeCodeSequenceItem",
    "TypeOfInstancesTerm",
    "TypeOfPatientIDTerm",
    "UDISequenceItem",
    "UniversalEntityIDType",
    "ValueType",
    "WADORSRetrievalSequenceItem",
    "WADORetrievalSequenceItem",
    "WedgeDefinitionSequenceItem",
    "WedgePosition",
    "WedgePositionSequenceItem",
    "XDSRetrievalSequenceItem",
]
